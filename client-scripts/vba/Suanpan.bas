Attribute VB_Name = "Suanpan"
'============================================================================================
' 算盘 决算审核 —— Excel 与带 VBA 的 WPS 表格（Windows）使用的宏模块
'
' 宏：审核本表 / 填充合计 / 生成说明 / 设置服务地址 / 选择部门预算表（英文名 SuanpanCheck /
'     SuanpanFill / SuanpanExplain / SuanpanSettings / SuanpanBudget 与之相同，供不认中文宏名的环境使用）。
'
' 选择部门预算表：为当前工作簿选定同一部门同一年度的部门预算表（记在注册表中，按工作簿的完整路径），
' 之后审核本表时一并上传（字段 budget），决算与预算对照审核；取消选择即不再上传。
'
' 做法：ActiveWorkbook.SaveCopyAs 把当前工作簿另存一份到 %TEMP%（不动原文件），按字节拼出
' multipart/form-data 请求体（ADODB.Stream），用 WinHttp.WinHttpRequest.5.1 上传到审核服务；
' 文件部分的 filename 用 ASCII 名，真实文件名作为 UTF-8 字段 filename 另行发送。服务返回的
' 工作簿（或 .docx 情况说明）保存在原工作簿旁边（不覆盖已有文件），然后打开。
'
' 服务地址：设置服务地址 保存在注册表（SaveSetting），否则取环境变量 SUANPAN_URL，
' 否则 http://127.0.0.1:7070。环境变量 SUANPAN_TOKEN 有值时作为 Authorization: Bearer 发送。
'
' 本文件以 GBK（代码页 936）和 CRLF 保存，中文 Windows 上的 VBA 编辑器才能正确导入。
'============================================================================================
Option Explicit

Private Const DEFAULT_URL As String = "http://127.0.0.1:7070"
Private Const SETTINGS_APP As String = "Suanpan"
Private Const SETTINGS_SECTION As String = "Settings"
Private Const AD_TYPE_BINARY As Long = 1
Private Const AD_TYPE_TEXT As Long = 2
Private Const AD_SAVE_CREATE_OVERWRITE As Long = 2

'------------------------------------------------------------------------------ 宏

Public Sub 审核本表()
    RunAction "annotate"
End Sub

Public Sub 填充合计()
    RunAction "fill"
End Sub

Public Sub 生成说明()
    RunAction "explain"
End Sub

Public Sub 选择部门预算表()
    Dim wb As Workbook, chosen As Variant, current As String
    Set wb = ActiveWorkbook
    If wb Is Nothing Then
        MsgBox "请先打开要审核的决算公开表工作簿。", vbExclamation, "选择部门预算表"
        Exit Sub
    End If
    current = BudgetPath(wb)
    chosen = Application.GetOpenFilename("Excel 工作簿 (*.xlsx;*.xlsm;*.xls),*.xlsx;*.xlsm;*.xls", , _
        "选择“" & wb.Name & "”同年的部门预算表（取消则不再附带）")
    If VarType(chosen) = vbBoolean Then
        On Error Resume Next
        DeleteSetting SETTINGS_APP, SETTINGS_SECTION, BudgetKey(wb)
        On Error GoTo 0
        MsgBox "审核“" & wb.Name & "”时不附带部门预算表。" & IIf(current = "", "", vbCrLf & "（原先选的是 " & current & "）"), _
            vbInformation, "选择部门预算表"
        Exit Sub
    End If
    SaveSetting SETTINGS_APP, SETTINGS_SECTION, BudgetKey(wb), CStr(chosen)
    MsgBox "审核“" & wb.Name & "”时将附带部门预算表：" & vbCrLf & CStr(chosen), vbInformation, "选择部门预算表"
End Sub

Public Sub 设置服务地址()
    Dim answer As String
    answer = InputBox("审核服务的地址（例如 http://127.0.0.1:7070）。" & vbCrLf & "留空则使用默认地址。", _
        "设置服务地址", ServiceUrl())
    If StrPtr(answer) = 0 Then Exit Sub   ' 取消
    answer = Trim$(answer)
    If answer = "" Then
        On Error Resume Next
        DeleteSetting SETTINGS_APP, SETTINGS_SECTION, "ServiceUrl"
        On Error GoTo 0
    Else
        If LCase$(Left$(answer, 7)) <> "http://" And LCase$(Left$(answer, 8)) <> "https://" Then answer = "http://" & answer
        Do While Right$(answer, 1) = "/"
            answer = Left$(answer, Len(answer) - 1)
        Loop
        If InStr(answer, " ") > 0 Or InStr(answer, """") > 0 Then
            MsgBox "服务地址不对：" & answer & vbCrLf & "应形如 http://127.0.0.1:7070", vbExclamation, "设置服务地址"
            Exit Sub
        End If
        SaveSetting SETTINGS_APP, SETTINGS_SECTION, "ServiceUrl", answer
    End If
    MsgBox "审核服务地址：" & ServiceUrl(), vbInformation, "设置服务地址"
End Sub

Public Sub SuanpanCheck()
    RunAction "annotate"
End Sub

Public Sub SuanpanFill()
    RunAction "fill"
End Sub

Public Sub SuanpanExplain()
    RunAction "explain"
End Sub

Public Sub SuanpanBudget()
    选择部门预算表
End Sub

Public Sub SuanpanSettings()
    设置服务地址
End Sub

'------------------------------------------------------------------------------ 一次操作

Private Sub RunAction(ByVal kind As String)
    Dim wb As Workbook, realName As String, ext As String, tmpPath As String
    Dim endpoint As String, suffix As String, outExt As String, url As String
    Dim data() As Byte, http As Object, outName As String, folder As String, outPath As String
    Dim errors As String, warnings As String, filled As String, message As String

    Set wb = ActiveWorkbook
    If wb Is Nothing Then
        MsgBox "请先打开要审核的决算公开表工作簿。", vbExclamation, "决算审核"
        Exit Sub
    End If
    realName = wb.Name
    ext = LCase$(FileExtension(realName))
    If ext = "" Then
        ext = "xlsx"
        realName = realName & ".xlsx"
    End If
    If ext <> "xlsx" And ext <> "xlsm" And ext <> "xls" Then
        MsgBox "“" & realName & "”是 ." & ext & " 格式，审核服务只认 .xlsx 和 .xls：" & vbCrLf & _
            "请先“另存为”Excel 工作簿（*.xlsx）再审核。", vbExclamation, "决算审核"
        Exit Sub
    End If

    Select Case kind
        Case "annotate": endpoint = "/api/annotate": suffix = "审核": outExt = ext
        Case "fill": endpoint = "/api/fill": suffix = "填充": outExt = ext
        Case Else: endpoint = "/api/explain": suffix = "情况说明": outExt = "docx"
    End Select
    url = ServiceUrl() & endpoint

    Randomize
    tmpPath = TempFolder() & "\suanpan-" & Format$(Now, "yyyymmdd-hhnnss") & "-" & CStr(Int(Rnd * 1000000)) & "." & ext

    On Error GoTo Failed
    Application.Cursor = xlWait
    Application.StatusBar = "决算审核：正在保存“" & realName & "”的副本…"
    wb.SaveCopyAs tmpPath
    data = ReadBytes(tmpPath)
    DeleteQuietly tmpPath

    Application.StatusBar = "决算审核：正在上传到 " & ServiceUrl() & " …"
    Dim budget As String
    If kind = "annotate" Then budget = BudgetPath(wb)
    Set http = PostWorkbook(url, realName, data, budget)
    If http.Status <> 200 Then
        Application.Cursor = xlDefault
        Application.StatusBar = False
        MsgBox ServiceMessage(http), vbExclamation, "决算审核"
        Exit Sub
    End If

    outName = DispositionName(ResponseHeader(http, "Content-Disposition"))
    If outName = "" Then outName = BaseName(realName) & "-" & suffix & "." & outExt
    folder = wb.Path
    If folder = "" Then folder = TempFolder()
    outPath = FreePath(folder, outName)
    If Not TryWriteBytes(outPath, http.ResponseBody) Then
        outPath = FreePath(TempFolder(), outName)
        WriteBytes outPath, http.ResponseBody
    End If

    errors = ResponseHeader(http, "X-Suanpan-Errors")
    warnings = ResponseHeader(http, "X-Suanpan-Warnings")
    filled = ResponseHeader(http, "X-Suanpan-Filled")
    Select Case kind
        Case "annotate"
            If Val(errors) = 0 And Val(warnings) = 0 Then
                message = "未发现错误。"
            Else
                message = "发现错误 " & Val(errors) & " 处、警告 " & Val(warnings) & " 处：" & vbCrLf & _
                    "标注副本里红色为错误、黄色为警告，批注说明原因，“审核结果”表列出全部。"
            End If
        Case "fill"
            message = "已填充 " & IIf(filled = "", "若干", filled) & " 处（浅蓝色，批注写明依据的公式）。"
        Case Else
            message = "情况说明草稿已生成。"
    End Select

    Application.StatusBar = "决算审核：正在打开 " & outPath
    If kind = "explain" Then
        OpenWithSystem outPath
    Else
        Workbooks.Open outPath
    End If
    Application.Cursor = xlDefault
    Application.StatusBar = False
    MsgBox message & vbCrLf & vbCrLf & "结果文件：" & outPath, IIf(Val(errors) > 0, vbExclamation, vbInformation), "决算审核"
    Exit Sub

Failed:
    Dim number As Long, description As String
    number = Err.Number
    description = Err.Description
    On Error Resume Next
    Application.Cursor = xlDefault
    Application.StatusBar = False
    DeleteQuietly tmpPath
    On Error GoTo 0
    If number >= -2147012896 And number <= -2147012696 Then
        ' WinHTTP 错误（12000–12200）：连接失败、超时、名称无法解析等
        MsgBox "连不上审核服务 " & ServiceUrl() & "：" & description & vbCrLf & _
            "请确认服务已启动，或用“设置服务地址”修改。", vbExclamation, "决算审核"
    Else
        MsgBox "决算审核出错：" & description & "（错误 " & number & "）", vbExclamation, "决算审核"
    End If
End Sub

'------------------------------------------------------------------------------ 上传

' budget: the path of the same year's 部门预算 workbook to send along as part "budget", or "".
Private Function PostWorkbook(ByVal url As String, ByVal realName As String, ByRef data() As Byte, _
                              Optional ByVal budget As String = "") As Object
    Dim boundary As String, body As Object, payload As Variant, http As Object, token As String

    boundary = "----SuanpanBoundary" & Format$(Now, "yyyymmddhhnnss") & CStr(Int(Rnd * 1000000000))
    Set body = CreateObject("ADODB.Stream")
    body.Type = AD_TYPE_BINARY
    body.Open
    AppendUtf8 body, "--" & boundary & vbCrLf & _
        "Content-Disposition: form-data; name=""workbook""; filename=""" & AsciiFileName(realName) & """" & vbCrLf & _
        "Content-Type: application/octet-stream" & vbCrLf & vbCrLf
    body.Write data
    If budget <> "" Then
        AppendUtf8 body, vbCrLf & "--" & boundary & vbCrLf & _
            "Content-Disposition: form-data; name=""budget""; filename=""" & AsciiFileName(Dir$(budget)) & """" & vbCrLf & _
            "Content-Type: application/octet-stream" & vbCrLf & vbCrLf
        body.Write ReadBytes(budget)
    End If
    AppendUtf8 body, vbCrLf & "--" & boundary & vbCrLf & _
        "Content-Disposition: form-data; name=""filename""" & vbCrLf & vbCrLf & _
        realName & vbCrLf & "--" & boundary & "--" & vbCrLf
    body.Position = 0
    payload = body.Read
    body.Close

    Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
    ' 解析 10 秒、连接 30 秒、发送 5 分钟、等待结果 15 分钟（大工作簿审核需要时间）
    http.SetTimeouts 10000, 30000, 300000, 900000
    http.Open "POST", url, False
    http.SetRequestHeader "Content-Type", "multipart/form-data; boundary=" & boundary
    token = Environ$("SUANPAN_TOKEN")
    If token = "" Then token = GetSetting(SETTINGS_APP, SETTINGS_SECTION, "Token", "")
    If token <> "" Then http.SetRequestHeader "Authorization", "Bearer " & token
    http.Send payload
    Set PostWorkbook = http
End Function

' The registry key that remembers a workbook's 部门预算 (by its full path; an unsaved workbook by its name).
Private Function BudgetKey(ByVal wb As Workbook) As String
    BudgetKey = "Budget:" & wb.FullName
End Function

' The 部门预算 chosen for the workbook, when that file still exists; "" otherwise.
Private Function BudgetPath(ByVal wb As Workbook) As String
    Dim p As String
    p = GetSetting(SETTINGS_APP, SETTINGS_SECTION, BudgetKey(wb), "")
    If p <> "" Then
        If Dir$(p) = "" Then p = ""
    End If
    BudgetPath = p
End Function

' Appends the UTF-8 bytes of text (without the byte-order mark ADODB puts first) to a binary stream.
Private Sub AppendUtf8(ByVal target As Object, ByVal txt As String)
    Dim s As Object
    Set s = CreateObject("ADODB.Stream")
    s.Type = AD_TYPE_TEXT
    s.Charset = "utf-8"
    s.Open
    s.WriteText txt
    s.Position = 0
    s.Type = AD_TYPE_BINARY
    If s.Size > 3 Then
        s.Position = 3
        target.Write s.Read
    End If
    s.Close
End Sub

' An ASCII stand-in for a file name: non-ASCII runs become "-" ("曾都区-2023-决算.xlsx" → "2023.xlsx").
Private Function AsciiFileName(ByVal fileName As String) As String
    Dim stem As String, ext As String, out As String, i As Long, c As String, code As Long
    ext = FileExtension(fileName)
    stem = BaseName(fileName)
    For i = 1 To Len(stem)
        c = Mid$(stem, i, 1)
        code = AscW(c)
        If code < 32 Or code > 126 Or InStr("""\/:*?<>|;%", c) > 0 Then c = "-"
        If Not (c = "-" And Right$(out, 1) = "-") Then out = out & c
    Next i
    Do While Len(out) > 0 And InStr("-_. ", Left$(out, 1)) > 0
        out = Mid$(out, 2)
    Loop
    Do While Len(out) > 0 And InStr("-_. ", Right$(out, 1)) > 0
        out = Left$(out, Len(out) - 1)
    Loop
    If out = "" Then out = "workbook"
    If ext <> "" Then out = out & "." & ext
    AsciiFileName = out
End Function

'------------------------------------------------------------------------------ 回应

Private Function ResponseHeader(ByVal http As Object, ByVal headerName As String) As String
    On Error Resume Next
    ResponseHeader = http.GetResponseHeader(headerName)
    If Err.Number <> 0 Then ResponseHeader = ""
    On Error GoTo 0
End Function

' The service's {"error": "…"} message, else a message with the HTTP status.
Private Function ServiceMessage(ByVal http As Object) As String
    Dim txt As String, message As String
    On Error Resume Next
    txt = Utf8Text(http.ResponseBody)
    On Error GoTo 0
    message = JsonString(txt, "error")
    If message = "" Then
        Select Case http.Status
            Case 401: message = "审核服务要求授权令牌：请设置环境变量 SUANPAN_TOKEN。"
            Case 413: message = "文件太大，审核服务拒收。"
            Case Else: message = "审核服务出错（HTTP " & http.Status & "）。"
        End Select
    End If
    ServiceMessage = message
End Function

' The string value of "key" in a flat JSON object, with \" \\ \/ \n \t \uXXXX undone; "" when absent.
Private Function JsonString(ByVal json As String, ByVal key As String) As String
    Dim i As Long, c As String, out As String
    i = InStr(json, """" & key & """")
    If i = 0 Then Exit Function
    i = i + Len(key) + 2
    Do While i <= Len(json) And Mid$(json, i, 1) <> ":"
        i = i + 1
    Loop
    Do While i <= Len(json) And Mid$(json, i, 1) <> """"
        i = i + 1
    Loop
    i = i + 1
    Do While i <= Len(json)
        c = Mid$(json, i, 1)
        If c = """" Then Exit Do
        If c = "\" Then
            i = i + 1
            c = Mid$(json, i, 1)
            Select Case c
                Case "n": c = vbLf
                Case "t": c = vbTab
                Case "r": c = vbCr
                Case "u"
                    c = ChrW(CLng("&H" & Mid$(json, i + 1, 4)))
                    i = i + 4
            End Select
        End If
        out = out & c
        i = i + 1
    Loop
    JsonString = out
End Function

' The file name a Content-Disposition header gives (filename* first, UTF-8), safe as a Windows file name.
Private Function DispositionName(ByVal header As String) As String
    Dim i As Long, rest As String, result As String, c As Variant
    i = InStr(1, header, "filename*=", vbTextCompare)
    If i > 0 Then
        rest = Trim$(Mid$(header, i + 10))
        If Left$(rest, 1) = """" Then rest = Mid$(rest, 2)
        If LCase$(Left$(rest, 7)) = "utf-8''" Then
            rest = Mid$(rest, 8)
            If InStr(rest, ";") > 0 Then rest = Left$(rest, InStr(rest, ";") - 1)
            If InStr(rest, """") > 0 Then rest = Left$(rest, InStr(rest, """") - 1)
            result = PercentDecodeUtf8(Trim$(rest))
        End If
    End If
    If result = "" Then
        i = InStr(1, header, "filename=""", vbTextCompare)
        If i > 0 Then
            rest = Mid$(header, i + 10)
            If InStr(rest, """") > 0 Then result = Left$(rest, InStr(rest, """") - 1)
        End If
    End If
    If InStrRev(result, "/") > 0 Then result = Mid$(result, InStrRev(result, "/") + 1)
    If InStrRev(result, "\") > 0 Then result = Mid$(result, InStrRev(result, "\") + 1)
    For Each c In Array(":", "*", "?", """", "<", ">", "|")
        result = Replace(result, c, "_")
    Next c
    Do While Left$(result, 1) = "."
        result = Mid$(result, 2)
    Loop
    DispositionName = Trim$(result)
End Function

Private Function PercentDecodeUtf8(ByVal txt As String) As String
    Dim bytes() As Byte, n As Long, i As Long, c As String
    If txt = "" Then Exit Function
    ReDim bytes(0 To Len(txt) - 1)
    i = 1
    Do While i <= Len(txt)
        c = Mid$(txt, i, 1)
        If c = "%" And i + 2 <= Len(txt) Then
            bytes(n) = CByte("&H" & Mid$(txt, i + 1, 2))
            i = i + 3
        Else
            bytes(n) = CByte(AscW(c) And &HFF)
            i = i + 1
        End If
        n = n + 1
    Loop
    ReDim Preserve bytes(0 To n - 1)
    PercentDecodeUtf8 = Utf8Text(bytes)
End Function

'------------------------------------------------------------------------------ 文件

Private Function Utf8Text(ByVal bytes As Variant) As String
    Dim s As Object
    Set s = CreateObject("ADODB.Stream")
    s.Type = AD_TYPE_BINARY
    s.Open
    s.Write bytes
    s.Position = 0
    s.Type = AD_TYPE_TEXT
    s.Charset = "utf-8"
    Utf8Text = s.ReadText
    s.Close
End Function

Private Function ReadBytes(ByVal path As String) As Byte()
    Dim s As Object
    Set s = CreateObject("ADODB.Stream")
    s.Type = AD_TYPE_BINARY
    s.Open
    s.LoadFromFile path
    ReadBytes = s.Read
    s.Close
End Function

Private Sub WriteBytes(ByVal path As String, ByVal bytes As Variant)
    Dim s As Object
    Set s = CreateObject("ADODB.Stream")
    s.Type = AD_TYPE_BINARY
    s.Open
    s.Write bytes
    s.SaveToFile path, AD_SAVE_CREATE_OVERWRITE
    s.Close
End Sub

Private Function TryWriteBytes(ByVal path As String, ByVal bytes As Variant) As Boolean
    On Error GoTo Refused
    WriteBytes path, bytes
    TryWriteBytes = True
    Exit Function
Refused:
    TryWriteBytes = False
End Function

Private Sub DeleteQuietly(ByVal path As String)
    On Error Resume Next
    If path <> "" Then Kill path
End Sub

' A path in folder named fileName that is neither on disk nor open: x-审核.xlsx, x-审核(2).xlsx, …
Private Function FreePath(ByVal folder As String, ByVal fileName As String) As String
    Dim fso As Object, candidate As String, candidateName As String, i As Long
    Set fso = CreateObject("Scripting.FileSystemObject")
    If Right$(folder, 1) = "\" Then folder = Left$(folder, Len(folder) - 1)
    candidateName = fileName
    i = 1
    Do
        candidate = folder & "\" & candidateName
        If Not fso.FileExists(candidate) And Not WorkbookIsOpen(candidateName) Then Exit Do
        i = i + 1
        candidateName = BaseName(fileName) & "(" & i & ")" & IIf(FileExtension(fileName) = "", "", "." & FileExtension(fileName))
    Loop While i < 1000
    FreePath = candidate
End Function

Private Function WorkbookIsOpen(ByVal bookName As String) As Boolean
    Dim wb As Workbook
    For Each wb In Workbooks
        If StrComp(wb.Name, bookName, vbTextCompare) = 0 Then WorkbookIsOpen = True: Exit Function
    Next wb
End Function

Private Sub OpenWithSystem(ByVal path As String)
    CreateObject("Shell.Application").ShellExecute path
End Sub

Private Function TempFolder() As String
    Dim t As String
    t = Environ$("TEMP")
    If t = "" Then t = Environ$("TMP")
    If t = "" Then t = CurDir$
    If Right$(t, 1) = "\" Then t = Left$(t, Len(t) - 1)
    TempFolder = t
End Function

Private Function ServiceUrl() As String
    Dim u As String
    u = Trim$(GetSetting(SETTINGS_APP, SETTINGS_SECTION, "ServiceUrl", ""))
    If u = "" Then u = Trim$(Environ$("SUANPAN_URL"))
    If u = "" Then u = DEFAULT_URL
    If LCase$(Left$(u, 7)) <> "http://" And LCase$(Left$(u, 8)) <> "https://" Then u = "http://" & u
    Do While Right$(u, 1) = "/"
        u = Left$(u, Len(u) - 1)
    Loop
    ServiceUrl = u
End Function

Private Function FileExtension(ByVal fileName As String) As String
    Dim dot As Long
    dot = InStrRev(fileName, ".")
    If dot > 1 And InStr(Mid$(fileName, dot), "\") = 0 Then FileExtension = Mid$(fileName, dot + 1)
End Function

Private Function BaseName(ByVal fileName As String) As String
    Dim ext As String
    ext = FileExtension(fileName)
    If ext = "" Then BaseName = fileName Else BaseName = Left$(fileName, Len(fileName) - Len(ext) - 1)
End Function
