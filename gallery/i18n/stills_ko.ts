<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Actions</name>
    <message>
        <source>Original Order</source>
        <translation>원래 순서</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation>촬영 날짜</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>별점 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n Star(s)</source>
        <translation>
            <numerusform>별 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate the selected stills</source>
        <translation>선택한 스틸에 별점 매기기</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of stills</source>
        <translation>스틸이 든 폴더 열기</translation>
    </message>
    <message>
        <source>Open &amp;ZIP…</source>
        <translation>ZIP 열기(&amp;Z)…</translation>
    </message>
    <message>
        <source>Open a ZIP press kit</source>
        <translation>ZIP 보도 자료 열기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy Caption and &amp;Credit</source>
        <translation>캡션과 크레딧 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected stills&apos; captions with their credits, ready to paste</source>
        <translation>선택한 스틸의 캡션을 크레딧과 함께 복사 (바로 붙여 넣기)</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>이미지 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected still&apos;s picture</source>
        <translation>선택한 스틸의 사진 복사</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last rating, pick, reject or collection change</source>
        <translation>마지막 별점, 픽, 제외 또는 컬렉션 변경 취소</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>취소한 작업 다시 실행</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>상세 정보 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Show Filter &amp;Bar</source>
        <translation>필터 막대 보기(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Collections</source>
        <translation>컬렉션 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;Slideshow</source>
        <translation>슬라이드쇼 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Show the filtered stills full screen, from the selected one</source>
        <translation>필터된 스틸을 선택한 스틸부터 전체 화면으로 보기</translation>
    </message>
    <message>
        <source>Slideshow &amp;Options…</source>
        <translation>슬라이드쇼 옵션(&amp;O)…</translation>
    </message>
    <message>
        <source>Interval, loop, shuffle, crossfade, screen</source>
        <translation>간격, 반복, 섞기, 크로스페이드, 화면</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window and of the slideshow</source>
        <translation>창과 슬라이드쇼의 모든 단축키</translation>
    </message>
    <message>
        <source>&amp;About Stills</source>
        <translation>Stills 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and credits</source>
        <translation>버전, 라이선스, 만든 사람</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version Stills runs on</source>
        <translation>Stills가 사용하는 Qt 버전</translation>
    </message>
    <message>
        <source>Toggle &amp;Pick</source>
        <translation>픽 켜기/끄기(&amp;P)</translation>
    </message>
    <message>
        <source>Flag the selected stills as picks (or unflag them)</source>
        <translation>선택한 스틸을 픽으로 표시 (또는 해제)</translation>
    </message>
    <message>
        <source>Toggle Re&amp;ject</source>
        <translation>제외 켜기/끄기(&amp;J)</translation>
    </message>
    <message>
        <source>Mark the selected stills as rejects (or unmark them)</source>
        <translation>선택한 스틸을 제외로 표시 (또는 해제)</translation>
    </message>
    <message>
        <source>Hide Re&amp;jected Stills</source>
        <translation>제외한 스틸 숨기기(&amp;J)</translation>
    </message>
    <message>
        <source>Leave the stills marked as rejects out</source>
        <translation>제외로 표시한 스틸을 보이지 않기</translation>
    </message>
    <message>
        <source>Group &amp;Variants</source>
        <translation>버전 묶기(&amp;V)</translation>
    </message>
    <message>
        <source>One tile per picture for its sizes, crops and formats (the largest shown)</source>
        <translation>크기, 자르기, 형식이 다른 같은 사진을 타일 하나로 (가장 큰 것을 표시)</translation>
    </message>
    <message>
        <source>&amp;Add to Collection</source>
        <translation>컬렉션에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected stills to a collection</source>
        <translation>선택한 스틸을 컬렉션에 추가</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>새 컬렉션(&amp;N)…</translation>
    </message>
    <message>
        <source>A new collection, with the selected stills</source>
        <translation>선택한 스틸로 새 컬렉션 만들기</translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation>컬렉션에서 빼기(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected stills out of this collection</source>
        <translation>선택한 스틸을 이 컬렉션에서 빼기</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>앞으로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>Move the selected stills one place earlier in this collection</source>
        <translation>선택한 스틸을 이 컬렉션에서 한 칸 앞으로</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>뒤로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected stills one place later in this collection</source>
        <translation>선택한 스틸을 이 컬렉션에서 한 칸 뒤로</translation>
    </message>
    <message>
        <source>Re&amp;name Collection…</source>
        <translation>컬렉션 이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection…</source>
        <translation>컬렉션 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Move Collection &amp;Up</source>
        <translation>컬렉션 위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move Collection Do&amp;wn</source>
        <translation>컬렉션 아래로(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Locate Missing Stills…</source>
        <translation>없어진 스틸 찾기(&amp;L)…</translation>
    </message>
    <message>
        <source>Point to the folder a moved kit is in now</source>
        <translation>옮겨진 키트가 지금 있는 폴더 지정</translation>
    </message>
    <message>
        <source>Show the &amp;Kit</source>
        <translation>키트 보기(&amp;K)</translation>
    </message>
    <message>
        <source>Back from a collection to the kit</source>
        <translation>컬렉션에서 키트로 돌아가기</translation>
    </message>
    <message>
        <source>E&amp;xport Collection…</source>
        <translation>컬렉션 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export every still of the collection</source>
        <translation>컬렉션의 모든 스틸 내보내기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy the selected stills (or all shown) to a folder, with a caption sheet</source>
        <translation>선택한 스틸(없으면 보이는 모든 스틸)을 캡션 시트와 함께 폴더로 복사</translation>
    </message>
    <message>
        <source>Contact &amp;Sheet (PDF)…</source>
        <translation>밀착 인화지(PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>The stills shown, with captions and credits, as a PDF</source>
        <translation>보이는 스틸을 캡션과 크레딧과 함께 PDF로</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected stills, one a page, with caption and credit</source>
        <translation>선택한 스틸을 한 장에 하나씩 캡션과 크레딧과 함께 인쇄</translation>
    </message>
    <message>
        <source>&amp;View Still</source>
        <translation>스틸 크게 보기(&amp;V)</translation>
    </message>
    <message>
        <source>The still large: zoom to fit or 1:1, with pan</source>
        <translation>스틸을 크게: 화면에 맞춤 또는 1:1, 이동 가능</translation>
    </message>
    <message>
        <source>Open &amp;With Default App</source>
        <translation>기본 앱으로 열기(&amp;W)</translation>
    </message>
    <message>
        <source>Open the still in the desktop&apos;s image app</source>
        <translation>데스크톱의 이미지 앱으로 스틸 열기</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the still&apos;s file in the file manager</source>
        <translation>파일 관리자에서 스틸 파일 보기</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>&amp;Import Caption Document…</source>
        <translation>캡션 문서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the captions of this kit from a Word, Excel, PDF or text document</source>
        <translation>Word, Excel, PDF 또는 텍스트 문서에서 이 키트의 캡션 읽기</translation>
    </message>
    <message>
        <source>C&amp;heck Kit…</source>
        <translation>키트 점검(&amp;H)…</translation>
    </message>
    <message>
        <source>Names, credits and captions to fix before the kit goes out</source>
        <translation>키트를 내보내기 전에 고칠 이름, 크레딧, 캡션</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Still</source>
        <translation>스틸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>컬렉션(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Caption &amp;Style</source>
        <translation>캡션 형식(&amp;S)</translation>
    </message>
    <message>
        <source>Caption &amp;Language</source>
        <translation>캡션 언어(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ort By</source>
        <translation>정렬 기준(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>별점(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation>화면 언어(&amp;I)</translation>
    </message>
    <message>
        <source>Add &amp;to Collection</source>
        <translation>컬렉션에 추가(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add to Collection…</source>
        <translation>컬렉션에 추가(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>Caption documents (*.docx *.xlsx *.pdf *.txt);;All files (*)</source>
        <translation>캡션 문서 (*.docx *.xlsx *.pdf *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Caption Document</source>
        <translation>캡션 문서 가져오기</translation>
    </message>
    <message>
        <source>Open a kit to import its caption document</source>
        <translation>캡션 문서를 가져오려면 먼저 키트를 여세요</translation>
    </message>
    <message>
        <source>{name}: not a caption document (.docx, .xlsx, .pdf, .txt), or cannot be remembered</source>
        <translation>{name}: 캡션 문서(.docx, .xlsx, .pdf, .txt)가 아니거나 기억할 수 없습니다</translation>
    </message>
    <message>
        <source> ({formats} support is not installed)</source>
        <translation> ({formats} 지원이 설치되지 않음)</translation>
    </message>
    <message>
        <source>Reading captions from {name}…</source>
        <translation>{name}에서 캡션을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>Captions are copied and exported as “{example}”</source>
        <translation>캡션은 “{example}” 형식으로 복사하고 내보냅니다</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Credit in brackets</source>
        <translation>괄호 안 크레딧</translation>
    </message>
    <message>
        <source>Photo line</source>
        <translation>사진 줄</translation>
    </message>
    <message>
        <source>AP style</source>
        <translation>AP 형식</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open a kit to check it</source>
        <translation>점검할 키트를 여세요</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>다시 점검(&amp;A)</translation>
    </message>
    <message>
        <source>Run the checks again on the kit shown</source>
        <translation>보이는 키트를 다시 점검</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Click a finding to select its still in the grid</source>
        <translation>발견 사항을 누르면 그리드에서 해당 스틸을 선택합니다</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message numerus="yes">
        <source>No findings in %Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장에서 발견 사항 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) in {stills}</source>
        <translation>
            <numerusform>{stills}에서 발견 사항 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>The checks failed: {reason}</source>
        <translation>점검 실패: {reason}</translation>
    </message>
    <message>
        <source>{file} is not shown: clear the filter to see it</source>
        <translation>{file}이(가) 보이지 않습니다: 필터를 지우면 보입니다</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message numerus="yes">
        <source>Copied %n caption(s) and credit</source>
        <translation>
            <numerusform>캡션 %n개와 크레딧을 복사했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy {name}: {reason}</source>
        <translation>{name}을(를) 복사할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Not copied: {name}, {reason}</source>
        <translation>복사하지 않음: {name}, {reason}</translation>
    </message>
    <message>
        <source>Copying {name}…</source>
        <translation>{name} 복사 중…</translation>
    </message>
    <message>
        <source>Copied image {name} ({width} × {height})</source>
        <translation>이미지 {name} 복사함 ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Collections are unavailable: the library cannot be opened</source>
        <translation>컬렉션을 쓸 수 없습니다: 라이브러리를 열 수 없음</translation>
    </message>
    <message>
        <source>&amp;Add to “{name}”</source>
        <translation>“{name}”에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Select stills to add to a collection</source>
        <translation>컬렉션에 추가할 스틸을 선택하세요</translation>
    </message>
    <message>
        <source>Collection {number}</source>
        <translation>컬렉션 {number}</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>새 컬렉션</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>새 컬렉션 이름:</translation>
    </message>
    <message>
        <source>Could not make the collection</source>
        <translation>컬렉션을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Made the collection “{name}”</source>
        <translation>컬렉션 “{name}”을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Adding to the collection…</source>
        <translation>컬렉션에 추가하는 중…</translation>
    </message>
    <message>
        <source>Could not add: {reason}</source>
        <translation>추가할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Added {stills} to “{name}”</source>
        <translation>“{name}”에 {stills}을(를) 추가했습니다</translation>
    </message>
    <message>
        <source> ({stills} already there)</source>
        <translation> ({stills}은(는) 이미 있음)</translation>
    </message>
    <message>
        <source>; {stills} could not be read</source>
        <translation>; {stills}을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>“{name}” 여는 중…</translation>
    </message>
    <message>
        <source>Finding its stills in their kits</source>
        <translation>키트에서 스틸을 찾는 중</translation>
    </message>
    <message>
        <source>{stills} of this collection cannot be found: open their kit where it is now, or use Collection ▸ Locate Missing Stills…</source>
        <translation>이 컬렉션의 {stills}을(를) 찾을 수 없습니다: 키트를 지금 위치에서 열거나 컬렉션 ▸ 없어진 스틸 찾기…를 쓰세요</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>컬렉션 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>“{old}”의 이름을 “{new}”(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”</source>
        <translation>컬렉션 “{name}”을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Removed {stills} from “{name}”</source>
        <translation>“{name}”에서 {stills}을(를) 뺐습니다</translation>
    </message>
    <message>
        <source>Every still of this collection is where it was</source>
        <translation>이 컬렉션의 모든 스틸이 제자리에 있습니다</translation>
    </message>
    <message>
        <source>Locate the Kit of the Missing Stills</source>
        <translation>없어진 스틸의 키트 찾기</translation>
    </message>
    <message>
        <source>Found {found} of {missing} missing</source>
        <translation>없어진 {missing}장 중 {found}장을 찾았습니다</translation>
    </message>
    <message>
        <source>Looking in {folder}…</source>
        <translation>{folder}에서 찾는 중…</translation>
    </message>
    <message>
        <source>Could not look in {folder}: {reason}</source>
        <translation>{folder}에서 찾을 수 없음: {reason}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Headline</source>
        <translation>헤드라인</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>촬영 장소</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>사용 조건</translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation>특별 지시</translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation>라이선스 제공자</translation>
    </message>
    <message>
        <source>Rights statement</source>
        <translation>권리 표시</translation>
    </message>
    <message>
        <source>Digital source</source>
        <translation>디지털 출처</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <source>Caption writer</source>
        <translation>캡션 작성자</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>촬영자</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>저작권</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>공개일</translation>
    </message>
    <message>
        <source>embargoed</source>
        <translation>엠바고</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>키트</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>파일 크기</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Copy their captions and credits, add them to a collection or export them.</source>
        <translation>캡션과 크레딧을 복사하거나, 컬렉션에 추가하거나, 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Select a still to see its details</source>
        <translation>스틸을 선택하면 상세 정보가 보입니다</translation>
    </message>
    <message>
        <source>Related stills</source>
        <translation>관련 스틸</translation>
    </message>
    <message>
        <source>Click a thumbnail, or use the arrow keys in the grid.</source>
        <translation>섬네일을 누르거나 그리드에서 화살표 키를 쓰세요.</translation>
    </message>
    <message>
        <source>Opening kit…</source>
        <translation>키트 여는 중…</translation>
    </message>
    <message>
        <source>Opening collection…</source>
        <translation>컬렉션 여는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) selected</source>
        <translation>
            <numerusform>스틸 %n장 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not publish before then.</source>
        <translation>그 전에는 게재하지 마세요.</translation>
    </message>
    <message>
        <source>Do not use it.</source>
        <translation>사용하지 마세요.</translation>
    </message>
    <message>
        <source>{disclosure}: say so wherever it is published.</source>
        <translation>{disclosure}: 게재하는 곳마다 밝혀야 합니다.</translation>
    </message>
    <message>
        <source>⚑ Pick</source>
        <translation>⚑ 픽</translation>
    </message>
    <message>
        <source>Rating: {rating}</source>
        <translation>별점: {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>별점 없음</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the caption in {language} ({code})</source>
        <translation>{language}({code}) 캡션 보기</translation>
    </message>
    <message>
        <source>Caption in {language}</source>
        <translation>{language} 캡션</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>캡션 없음</translation>
    </message>
    <message>
        <source>From {origin}</source>
        <translation>출처: {origin}</translation>
    </message>
    <message>
        <source>Caption from {origin}</source>
        <translation>캡션 출처: {origin}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Shares {characters}</source>
        <translation>공통 인물: {characters}</translation>
    </message>
    <message numerus="yes">
        <source>Shares %n character(s)</source>
        <translation>
            <numerusform>공통 인물 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Related still: {caption}. {shares}</source>
        <translation>관련 스틸: {caption}. {shares}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>could not write: {reason}</source>
        <translation>쓸 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Left out {stills} {why}</source>
        <translation>{why} 상태인 {stills}을(를) 뺐습니다</translation>
    </message>
    <message>
        <source>Stopped: {stills} {why}</source>
        <translation>중단함: {stills}이(가) {why} 상태</translation>
    </message>
    <message>
        <source>under embargo or expired</source>
        <translation>엠바고 중이거나 만료</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>under embargo</source>
        <translation>엠바고 중</translation>
    </message>
    <message>
        <source>An export is still running</source>
        <translation>내보내기가 아직 진행 중입니다</translation>
    </message>
    <message>
        <source>Nothing to export: those stills cannot be found</source>
        <translation>내보낼 것이 없습니다: 그 스틸들을 찾을 수 없음</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Captions as “{example}”, in {language} (Edit ▸ Caption Style).</source>
        <translation>캡션 형식 “{example}”, {language} (편집 ▸ 캡션 형식).</translation>
    </message>
    <message>
        <source>Captions as “{example}” (Edit ▸ Caption Style).</source>
        <translation>캡션 형식 “{example}” (편집 ▸ 캡션 형식).</translation>
    </message>
    <message>
        <source>{stills} cannot be found and will be left out.</source>
        <translation>{stills}을(를) 찾을 수 없어 빠집니다.</translation>
    </message>
    <message>
        <source>Choose a folder outside the kit “{kit}”: the copies would become part of it.</source>
        <translation>키트 “{kit}” 밖의 폴더를 고르세요: 복사본이 키트의 일부가 됩니다.</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Exporting Stills</source>
        <translation>스틸 내보내기</translation>
    </message>
    <message>
        <source>Copying {stills}…</source>
        <translation>{stills} 복사 중…</translation>
    </message>
    <message>
        <source>Making the contact sheet…</source>
        <translation>밀착 인화지를 만드는 중…</translation>
    </message>
    <message>
        <source>Writing the caption sheets…</source>
        <translation>캡션 시트를 쓰는 중…</translation>
    </message>
    <message>
        <source>Copying {name} ({index} of {count})…</source>
        <translation>{name} 복사 중 ({count}개 중 {index})…</translation>
    </message>
    <message>
        <source>Exported {stills} to {folder} with {sheets}</source>
        <translation>{stills}을(를) {sheets}와(과) 함께 {folder}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported {stills} to {folder}</source>
        <translation>{stills}을(를) {folder}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>; {stills} could not be read</source>
        <translation>; {stills}을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <source>Export failed, nothing was left behind: {reason}</source>
        <translation>내보내기 실패, 남은 파일 없음: {reason}</translation>
    </message>
    <message>
        <source>The files it had copied were removed.</source>
        <translation>복사했던 파일은 지웠습니다.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>내보내기에 실패했습니다.</translation>
    </message>
    <message>
        <source>Export cancelled: the files it had copied were removed</source>
        <translation>내보내기 취소: 복사했던 파일은 지웠습니다</translation>
    </message>
    <message>
        <source>Collection of {stills} from {kits}</source>
        <translation>{kits}의 {stills} 컬렉션</translation>
    </message>
    <message>
        <source>Collection of {stills}</source>
        <translation>{stills} 컬렉션</translation>
    </message>
    <message>
        <source>{stills} of {total}</source>
        <translation>{total}장 중 {stills}</translation>
    </message>
    <message>
        <source>{title} contact sheet.pdf</source>
        <translation>{title} 밀착 인화지.pdf</translation>
    </message>
    <message>
        <source>Save Contact Sheet</source>
        <translation>밀착 인화지 저장</translation>
    </message>
    <message>
        <source>Making the contact sheet of {stills}…</source>
        <translation>{stills}의 밀착 인화지를 만드는 중…</translation>
    </message>
    <message>
        <source>Contact Sheet</source>
        <translation>밀착 인화지</translation>
    </message>
    <message>
        <source>Contact sheet failed: {reason}</source>
        <translation>밀착 인화지 실패: {reason}</translation>
    </message>
    <message>
        <source>Contact sheet cancelled</source>
        <translation>밀착 인화지 취소됨</translation>
    </message>
    <message numerus="yes">
        <source>Saved the contact sheet (%n page(s)): {path}</source>
        <translation>
            <numerusform>밀착 인화지를 저장했습니다 (%n쪽): {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s) under the current filter</source>
        <translation>
            <numerusform>{chip}: 현재 필터에서 스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{chip}: %Ln still(s)</source>
        <translation>
            <numerusform>{chip}: 스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>★ Any</source>
        <translation>★ 전체</translation>
    </message>
    <message>
        <source>Search captions, credits, names…</source>
        <translation>캡션, 크레딧, 이름 검색…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Shows only the stills whose caption, credit, characters or keywords contain these words</source>
        <translation>캡션, 크레딧, 등장인물, 키워드에 이 단어가 있는 스틸만 보여 줍니다</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>하나라도</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Show stills with at least one of the chosen chips</source>
        <translation>고른 칩 가운데 하나라도 있는 스틸 보기</translation>
    </message>
    <message>
        <source>Show only stills with every chosen chip</source>
        <translation>고른 칩이 모두 있는 스틸만 보기</translation>
    </message>
    <message>
        <source>Match any chosen chip</source>
        <translation>고른 칩 중 하나라도 일치</translation>
    </message>
    <message>
        <source>Match every chosen chip</source>
        <translation>고른 칩 모두 일치</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>Show or hide the keyword chips</source>
        <translation>키워드 칩 보이기/숨기기</translation>
    </message>
    <message>
        <source>⚑ Picks</source>
        <translation>⚑ 픽</translation>
    </message>
    <message>
        <source>Show only the stills you picked (P flags the selected stills)</source>
        <translation>픽한 스틸만 보기 (P로 선택한 스틸을 픽)</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>픽만</translation>
    </message>
    <message>
        <source>Show only stills rated at least this many stars (keys 1-5 rate)</source>
        <translation>별점이 이 이상인 스틸만 보기 (1-5 키로 별점)</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>최소 별점</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Clear the search, the chips, picks and rating</source>
        <translation>검색, 칩, 픽, 별점 조건 지우기</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <source>Clear the search; pressed again, clear every filter</source>
        <translation>검색 지우기; 한 번 더 누르면 모든 필터 지우기</translation>
    </message>
    <message>
        <source>Filter at once, without waiting for the next key</source>
        <translation>다음 키를 기다리지 않고 바로 필터</translation>
    </message>
    <message>
        <source>Keywords ({count})</source>
        <translation>키워드 ({count})</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Embargoed</source>
        <translation>엠바고</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>버전 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>An offline gallery for film and series press kits: stills with their captions, credits and embargoes.</source>
        <translation>영화·시리즈 보도 자료용 오프라인 갤러리: 캡션, 크레딧, 엠바고가 있는 스틸.</translation>
    </message>
    <message>
        <source>{action} (or {button})</source>
        <translation>{action} (또는 {button})</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>슬라이드쇼</translation>
    </message>
    <message>
        <source>One Still, Large</source>
        <translation>스틸 크게 보기</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window and of the slideshow, by menu.</source>
        <translation>창과 슬라이드쇼의 모든 단축키, 메뉴별.</translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation>단축키 찾기…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>단축키 찾기</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or keys contain these words</source>
        <translation>동작이나 키에 이 단어가 있는 단축키만 보여 줍니다</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>맞는 단축키가 없습니다.</translation>
    </message>
    <message>
        <source>{group} shortcuts</source>
        <translation>{group} 단축키</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>About Stills</source>
        <translation>Stills 정보</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>MIT 라이선스로 배포됩니다.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>화살표 키</translation>
    </message>
    <message>
        <source>Start the slideshow here (or double-click)</source>
        <translation>여기서 슬라이드쇼 시작 (또는 두 번 클릭)</translation>
    </message>
    <message>
        <source>Move between stills</source>
        <translation>스틸 사이 이동</translation>
    </message>
    <message>
        <source>Select a run of stills</source>
        <translation>연속된 스틸 선택</translation>
    </message>
    <message>
        <source>In the grid</source>
        <translation>그리드에서</translation>
    </message>
    <message>
        <source>In the collections list</source>
        <translation>컬렉션 목록에서</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>검색 상자에서</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
</context>
<context>
    <name>KitLoading</name>
    <message>
        <source>Open Press Kit Folder</source>
        <translation>보도 자료 폴더 열기</translation>
    </message>
    <message>
        <source>Open Press Kit ZIP</source>
        <translation>보도 자료 ZIP 열기</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP 압축 파일 (*.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>Reading captions and credits</source>
        <translation>캡션과 크레딧 읽는 중</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln still(s); reading the rest of the kit…</source>
        <translation>
            <numerusform>처음 스틸 %Ln장을 보여 주는 중; 나머지를 읽고 있습니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading kit {done}/{total}</source>
        <translation>키트 읽는 중 {done}/{total}</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation>{name}을(를) 열 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Could not open “{name}”.</source>
        <translation>“{name}”을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>KitWatch</name>
    <message>
        <source>&amp;Reload Kit</source>
        <translation>키트 다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the kit again from disk</source>
        <translation>디스크에서 키트를 다시 읽기</translation>
    </message>
    <message>
        <source>Kit changed on disk: Reload</source>
        <translation>디스크의 키트가 바뀜: 다시 읽기</translation>
    </message>
    <message>
        <source>Reload the kit</source>
        <translation>키트 다시 읽기</translation>
    </message>
    <message>
        <source>The kit&apos;s files changed since it was opened; read it again</source>
        <translation>키트를 연 뒤 파일이 바뀌었습니다; 다시 읽으세요</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading ratings: identifying stills {done}/{total}</source>
        <translation>별점 읽는 중: 스틸 확인 {done}/{total}</translation>
    </message>
    <message>
        <source>Ratings unavailable for this kit: {reason}</source>
        <translation>이 키트에는 별점을 쓸 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Cleared the rating of {stills}</source>
        <translation>{stills}의 별점을 지웠습니다</translation>
    </message>
    <message>
        <source>Rated {stars} {stills}</source>
        <translation>{stills}에 {stars} 별점을 매겼습니다</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>픽</translation>
    </message>
    <message>
        <source>Picked {stills}</source>
        <translation>{stills}을(를) 픽했습니다</translation>
    </message>
    <message>
        <source>Unpicked {stills}</source>
        <translation>{stills}의 픽을 해제했습니다</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Rejected {stills}</source>
        <translation>{stills}을(를) 제외했습니다</translation>
    </message>
    <message>
        <source>Un-rejected {stills}</source>
        <translation>{stills}의 제외를 해제했습니다</translation>
    </message>
    <message>
        <source> (hidden: View ▸ Hide Rejected Stills)</source>
        <translation> (숨김: 보기 ▸ 제외한 스틸 숨기기)</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message numerus="yes">
        <source>Reading {done} of %Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장 중 {done}장 읽는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the grid…</source>
        <translation>그리드 준비 중…</translation>
    </message>
</context>
<context>
    <name>OneView</name>
    <message>
        <source>Zoom to fit or 1:1</source>
        <translation>화면에 맞춤 또는 1:1</translation>
    </message>
    <message>
        <source>1:1, one picture pixel to one screen pixel</source>
        <translation>1:1, 사진 픽셀 하나를 화면 픽셀 하나로</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>화면에 맞춤</translation>
    </message>
    <message>
        <source>Pan at 1:1</source>
        <translation>1:1에서 이동</translation>
    </message>
    <message>
        <source>Previous or next still</source>
        <translation>이전 또는 다음 스틸</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>그리드로 돌아가기</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>스틸</translation>
    </message>
    <message>
        <source>{name} — Stills</source>
        <translation>{name} — Stills</translation>
    </message>
    <message>
        <source>Loading full size…</source>
        <translation>원본 크기 불러오는 중…</translation>
    </message>
    <message>
        <source>drag to pan, Z to fit</source>
        <translation>끌어서 이동, Z로 맞춤</translation>
    </message>
    <message>
        <source>Z or double-click for 1:1</source>
        <translation>Z 또는 두 번 클릭으로 1:1</translation>
    </message>
    <message>
        <source>1:1 of a reduced copy ({percent}%)</source>
        <translation>축소본의 1:1 ({percent}%)</translation>
    </message>
    <message>
        <source>Fit ({percent}%)</source>
        <translation>맞춤 ({percent}%)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation>{name}을(를) 열 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>No application opens {name}</source>
        <translation>{name}을(를) 여는 앱이 없습니다</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print {stills}</source>
        <translation>{stills} 인쇄</translation>
    </message>
    <message>
        <source>Select the stills to print</source>
        <translation>인쇄할 스틸을 선택하세요</translation>
    </message>
    <message>
        <source>Printing {stills}…</source>
        <translation>{stills} 인쇄 중…</translation>
    </message>
    <message>
        <source>Printed {stills}</source>
        <translation>{stills}을(를) 인쇄했습니다</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>인쇄 실패: {reason}</translation>
    </message>
    <message>
        <source>Printing {done} of {total}…</source>
        <translation>{total}장 중 {done}장 인쇄 중…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>{name} — expired on {date}</source>
        <translation>{name} — {date}에 만료</translation>
    </message>
    <message>
        <source>{name} — until {date}</source>
        <translation>{name} — {date}까지</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Stills</source>
        <translation>스틸 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Export %n still(s): the original files, byte for byte.</source>
        <translation>
            <numerusform>스틸 %n장 내보내기: 원본 파일 그대로.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Where the copies go: a folder outside the kit</source>
        <translation>복사본이 갈 곳: 키트 밖의 폴더</translation>
    </message>
    <message>
        <source>Choose a folder for the copies</source>
        <translation>복사본을 둘 폴더를 고르세요</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>폴더 고르기</translation>
    </message>
    <message>
        <source>Rename by pattern</source>
        <translation>패턴으로 이름 바꾸기</translation>
    </message>
    <message>
        <source>Fields: {kit} {index} {characters} {name} {title} {credit} {date}</source>
        <translation>필드: {kit} {index} {characters} {name} {title} {credit} {date}</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>파일 이름 패턴</translation>
    </message>
    <message>
        <source>Caption sheet beside them (captions.csv and captions.txt)</source>
        <translation>옆에 캡션 시트 (captions.csv와 captions.txt)</translation>
    </message>
    <message>
        <source>Contact sheet (contact-sheet.pdf)</source>
        <translation>밀착 인화지 (contact-sheet.pdf)</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>사용 조건</translation>
    </message>
    <message>
        <source>These stills come with these terms. By exporting them you take them on:</source>
        <translation>이 스틸에는 다음 조건이 따릅니다. 내보내면 이 조건을 받아들이는 것입니다:</translation>
    </message>
    <message>
        <source>These stills carry no usage terms. Check with the distributor before publishing.</source>
        <translation>이 스틸에는 사용 조건이 없습니다. 게재 전에 배급사에 확인하세요.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>First file: {name}</source>
        <translation>첫 파일: {name}</translation>
    </message>
    <message>
        <source>Embargoed Stills</source>
        <translation>엠바고 스틸</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are held back (under embargo or expired).</source>
        <translation>
            <numerusform>{doing} 스틸 {total}장 중 %n장이 보류 중입니다 (엠바고 또는 만료).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} stills to {doing} are under embargo.</source>
        <translation>
            <numerusform>{doing} 스틸 {total}장 중 %n장이 엠바고 중입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are held back (under embargo or expired).</source>
        <translation>
            <numerusform>이 스틸 %n장은 보류 중입니다 (엠바고 또는 만료).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n stills are under embargo.</source>
        <translation>
            <numerusform>이 스틸 %n장은 엠바고 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>They must not be published before their release date or after their expiry date:</source>
        <translation>공개일 전이나 만료일 뒤에는 게재할 수 없습니다:</translation>
    </message>
    <message>
        <source>They must not be published before their release date:</source>
        <translation>공개일 전에는 게재할 수 없습니다:</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>빼고 진행</translation>
    </message>
    <message>
        <source>Include Embargoed</source>
        <translation>엠바고 포함</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Delete Collection</source>
        <translation>컬렉션 삭제</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>컬렉션 “{name}”을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n still(s) stay in their kits; only the collection goes.</source>
        <translation>
            <numerusform>스틸 %n장은 키트에 그대로 남고 컬렉션만 없어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>복사할</translation>
    </message>
    <message>
        <source>export</source>
        <translation>내보낼</translation>
    </message>
    <message>
        <source>put on the contact sheet</source>
        <translation>밀착 인화지에 넣을</translation>
    </message>
    <message>
        <source>print</source>
        <translation>인쇄할</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>No kit open</source>
        <translation>열린 키트 없음</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>새 컬렉션</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Your collections: open one to see its stills; drag to reorder, F2 renames, Delete deletes</source>
        <translation>내 컬렉션: 열면 스틸이 보입니다; 끌어서 순서 바꾸기, F2 이름 바꾸기, Delete 삭제</translation>
    </message>
    <message>
        <source>No collections yet. Select stills and add them to start one.</source>
        <translation>아직 컬렉션이 없습니다. 스틸을 선택해 추가하면 시작됩니다.</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>컬렉션 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>컬렉션 삭제</translation>
    </message>
    <message>
        <source>Move the collection up</source>
        <translation>컬렉션을 위로</translation>
    </message>
    <message>
        <source>Move the collection down</source>
        <translation>컬렉션을 아래로</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the collection; its stills stay in their kits</source>
        <translation>컬렉션 삭제; 스틸은 키트에 남습니다</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>키트</translation>
    </message>
    <message>
        <source>No collections yet. Select stills and press {keys} to start one.</source>
        <translation>아직 컬렉션이 없습니다. 스틸을 선택하고 {keys}을(를) 누르면 시작됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln still(s)</source>
        <translation>
            <numerusform>{name}: 스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>새 컬렉션…</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <source>Next still</source>
        <translation>다음 스틸</translation>
    </message>
    <message>
        <source>Previous still</source>
        <translation>이전 스틸</translation>
    </message>
    <message>
        <source>First still</source>
        <translation>첫 스틸</translation>
    </message>
    <message>
        <source>Last still</source>
        <translation>마지막 스틸</translation>
    </message>
    <message>
        <source>Pause or play</source>
        <translation>일시 정지 또는 재생</translation>
    </message>
    <message>
        <source>A second longer on each still</source>
        <translation>스틸마다 1초 더 길게</translation>
    </message>
    <message>
        <source>A second shorter on each still</source>
        <translation>스틸마다 1초 더 짧게</translation>
    </message>
    <message>
        <source>Show or hide the caption and credit</source>
        <translation>캡션과 크레딧 보이기/숨기기</translation>
    </message>
    <message>
        <source>Full screen or a window</source>
        <translation>전체 화면 또는 창</translation>
    </message>
    <message>
        <source>Leave, selecting the still on screen in the grid</source>
        <translation>나가기, 화면의 스틸을 그리드에서 선택</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>오른쪽 클릭</translation>
    </message>
    <message>
        <source>Slideshow — Stills</source>
        <translation>슬라이드쇼 — Stills</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>슬라이드쇼</translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) skipped ({held} embargoed or expired)</source>
        <translation>
            <numerusform>스틸 %n장 건너뜀 ({held}장은 엠바고 또는 만료)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) skipped</source>
        <translation>
            <numerusform>스틸 %n장 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No stills to show: %n still(s) held back (embargoed or expired); View ▸ Slideshow Options can show them</source>
        <translation>
            <numerusform>보여 줄 스틸이 없습니다: 스틸 %n장이 보류 중 (엠바고 또는 만료); 보기 ▸ 슬라이드쇼 옵션에서 보이게 할 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>No stills to show</source>
        <translation>보여 줄 스틸이 없습니다</translation>
    </message>
    <message>
        <source>End of the slideshow</source>
        <translation>슬라이드쇼 끝</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Every {seconds} s</source>
        <translation>{seconds}초마다</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Slideshow Options</source>
        <translation>슬라이드쇼 옵션</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Interval between stills</source>
        <translation>스틸 사이 간격</translation>
    </message>
    <message>
        <source>Start again after the last still</source>
        <translation>마지막 스틸 뒤에 처음부터</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>섞기</translation>
    </message>
    <message>
        <source>Crossfade between stills</source>
        <translation>스틸 사이 크로스페이드</translation>
    </message>
    <message>
        <source>Skip embargoed stills</source>
        <translation>엠바고 스틸 건너뛰기</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>The window&apos;s screen</source>
        <translation>창이 있는 화면</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>간격:</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>화면:</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Credit: {credit}</source>
        <translation>사진 제공: {credit}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Embargoed until {date}</source>
        <translation>{date}까지 엠바고</translation>
    </message>
    <message>
        <source>could not be shown ({error})</source>
        <translation>보여 줄 수 없음 ({error})</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>별 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>pick</source>
        <translation>픽</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>픽</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>unreadable image</source>
        <translation>읽을 수 없는 이미지</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>파일을 읽을 수 없음</translation>
    </message>
    <message>
        <source>image too large</source>
        <translation>이미지가 너무 큼</translation>
    </message>
    <message>
        <source>cannot read file ({reason})</source>
        <translation>파일을 읽을 수 없음 ({reason})</translation>
    </message>
    <message>
        <source>unreadable image ({error})</source>
        <translation>읽을 수 없는 이미지 ({error})</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>New Collection “{name}”</source>
        <translation>새 컬렉션 “{name}”</translation>
    </message>
    <message>
        <source>Add to “{name}”</source>
        <translation>“{name}”에 추가</translation>
    </message>
    <message>
        <source>Remove from “{name}”</source>
        <translation>“{name}”에서 빼기</translation>
    </message>
    <message>
        <source>Move in “{name}”</source>
        <translation>“{name}” 안에서 이동</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>{what} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>{what} 다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Clear Filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Collection Order</source>
        <translation>컬렉션 순서</translation>
    </message>
    <message>
        <source>Kit Order</source>
        <translation>키트 순서</translation>
    </message>
    <message>
        <source>No kit open</source>
        <translation>열린 키트 없음</translation>
    </message>
    <message>
        <source>Open a folder or ZIP of stills, or drop one here.</source>
        <translation>스틸 폴더나 ZIP을 열거나 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation>“{name}”을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Sort: {order}</source>
        <translation>정렬: {order}</translation>
    </message>
    <message>
        <source>{collection} — Collection — {app}</source>
        <translation>{collection} — 컬렉션 — {app}</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>컬렉션에 추가</translation>
    </message>
    <message>
        <source>This collection is empty</source>
        <translation>이 컬렉션은 비어 있습니다</translation>
    </message>
    <message>
        <source>Select stills in a kit and press {keys} to put them here.</source>
        <translation>키트에서 스틸을 선택하고 {keys}을(를) 누르면 여기에 들어옵니다.</translation>
    </message>
    <message>
        <source>This kit has no stills</source>
        <translation>이 키트에는 스틸이 없습니다</translation>
    </message>
    <message>
        <source>No stills match</source>
        <translation>맞는 스틸이 없습니다</translation>
    </message>
    <message>
        <source>Try fewer chips, “Any” instead of “All”, or another word.</source>
        <translation>칩을 줄이거나, “모두” 대신 “하나라도”, 또는 다른 단어를 써 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln still(s)</source>
        <translation>
            <numerusform>스틸 %Ln장 중 {shown}장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s) grouped</source>
        <translation>
            <numerusform>다른 버전 %Ln개 묶음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln장 선택</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln embargoed</source>
        <translation>
            <numerusform>%Ln장 엠바고</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln장 만료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kit warning(s)</source>
        <translation>
            <numerusform>키트 경고 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails {done}/{total}</source>
        <translation>섬네일 {done}/{total}</translation>
    </message>
    <message>
        <source>the library cannot be opened</source>
        <translation>라이브러리를 열 수 없음</translation>
    </message>
    <message>
        <source>Ratings and collections are unavailable: {reason}</source>
        <translation>별점과 컬렉션을 쓸 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>섬네일 크기</translation>
    </message>
    <message>
        <source>Order of the stills (View ▸ Sort By)</source>
        <translation>스틸 순서 (보기 ▸ 정렬 기준)</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <source>Stills</source>
        <translation>스틸</translation>
    </message>
    <message>
        <source>The stills of the kit or collection. Arrow keys move, Space shows the still large, Return starts the slideshow, 0 to 5 rate, P picks, X rejects.</source>
        <translation>키트나 컬렉션의 스틸. 화살표 키로 이동, Space로 크게 보기, Return으로 슬라이드쇼, 0-5 별점, P 픽, X 제외.</translation>
    </message>
    <message>
        <source>Kit and collections</source>
        <translation>키트와 컬렉션</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>키트</translation>
    </message>
    <message>
        <source>The kit opened last: click it to go back to it</source>
        <translation>마지막으로 연 키트: 누르면 돌아갑니다</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>How large the thumbnails are in the grid</source>
        <translation>그리드 섬네일의 크기</translation>
    </message>
    <message>
        <source>The order of the stills in the grid</source>
        <translation>그리드의 스틸 순서</translation>
    </message>
    <message>
        <source>Stills shown</source>
        <translation>보이는 스틸</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>{copy} copies their captions and credits, {add} adds them to a collection, {export} exports them.</source>
        <translation>{copy}: 캡션과 크레딧 복사, {add}: 컬렉션에 추가, {export}: 내보내기.</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>데스크톱 언어</translation>
    </message>
    <message>
        <source>Stills will be in {language} from its next start</source>
        <translation>다음에 시작할 때부터 Stills가 {language}(으)로 표시됩니다</translation>
    </message>
    <message>
        <source>Same as the Desktop</source>
        <translation>데스크톱과 같게</translation>
    </message>
</context>
</TS>
