<#
.SYNOPSIS
  把决算公开表交给算盘审核服务（Windows PowerShell 5.1 及以上）。

.DESCRIPTION
  check.ps1 工作簿.xlsx   审核一个工作簿，把标注副本（<名称>-审核.xlsx）写在它旁边，打印错误和警告数
  check.ps1 工作簿.xlsx -Budget 部门预算.xlsx [-Prior 上年.xlsx] [-Narrative 情况说明.docx]
                          同时给出同年部门预算表（决算对预算）、上年公开表、情况说明，一并审核
  check.ps1 文件夹        把文件夹里的 .xlsx/.xls 作为一批提交，显示进度，完成后把
                          <文件夹>-汇总.xlsx 和 <文件夹>-审核结果.zip 下载到文件夹旁边

  环境变量 SUANPAN_URL   服务地址，默认 http://127.0.0.1:7070
           SUANPAN_TOKEN 服务要求令牌时填写，作为 Authorization: Bearer 发送
  退出码   0 没有错误   1 发现错误   2 文件无法审核、服务出错或连不上服务

  上传内容由本脚本按字节拼好（文件名用 UTF-8），再交给 curl.exe（Windows 10 起自带）发送；
  没有 curl.exe 时改用 .NET 的 System.Net.Http.HttpClient。

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File check.ps1 D:\决算\江岸区医保局-2022-决算公开表.xlsx
#>
param(
  [Parameter(Position = 0)][string]$Path = '',
  [string]$Budget = '',
  [string]$Prior = '',
  [string]$Narrative = '',
  [switch]$Help
)

$ErrorActionPreference = 'Stop'
$Utf8 = New-Object System.Text.UTF8Encoding($false)

$Base = if ($env:SUANPAN_URL) { $env:SUANPAN_URL.Trim() } else { 'http://127.0.0.1:7070' }
$Base = $Base.TrimEnd('/')
if ($Base -notmatch '^https?://') { $Base = 'http://' + $Base }
$Token = $env:SUANPAN_TOKEN
$PollSeconds = if ($env:SUANPAN_POLL_SECONDS) { [double]$env:SUANPAN_POLL_SECONDS } else { 1 }
$BatchTimeout = if ($env:SUANPAN_BATCH_TIMEOUT) { [int]$env:SUANPAN_BATCH_TIMEOUT } else { 7200 }
$Temp = Join-Path ([System.IO.Path]::GetTempPath()) ('suanpan-' + [guid]::NewGuid().ToString('N'))
$Curl = Get-Command curl.exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1

# Stops the check: the message is printed and the script exits 2.
function Stop-Check([string]$Message) { throw $Message }

# ---------------------------------------------------------------- multipart body, built as bytes

function Write-Utf8([System.IO.Stream]$Stream, [string]$Text) {
  $bytes = $Utf8.GetBytes($Text)
  $Stream.Write($bytes, 0, $bytes.Length)
}

function Get-ContentTypeFor([string]$Name) {
  switch -Regex ($Name.ToLowerInvariant()) {
    '\.xlsx$' { return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
    '\.xlsm$' { return 'application/vnd.ms-excel.sheet.macroEnabled.12' }
    '\.xls$' { return 'application/vnd.ms-excel' }
    default { return 'application/octet-stream' }
  }
}

# Parts: @{ Name = 'workbook'; File = 'C:\…\x.xlsx' } (sent under the file's own name, UTF-8) or @{ Name; Value }.
# Writes the body to $BodyPath and returns its Content-Type.
function New-MultipartBody([object[]]$Parts, [string]$BodyPath) {
  $boundary = '----SuanpanBoundary' + [guid]::NewGuid().ToString('N')
  $out = [System.IO.File]::Create($BodyPath)
  try {
    foreach ($p in $Parts) {
      $quotedName = $p.Name.Replace('"', '\"')
      if ($p.ContainsKey('File')) {
        $fileName = [System.IO.Path]::GetFileName($p.File).Replace('"', '\"')
        Write-Utf8 $out ("--$boundary`r`nContent-Disposition: form-data; name=`"$quotedName`"; filename=`"$fileName`"`r`n" +
          "Content-Type: $(Get-ContentTypeFor $fileName)`r`n`r`n")
        $in = [System.IO.File]::OpenRead($p.File)
        try { $in.CopyTo($out) } finally { $in.Close() }
        Write-Utf8 $out "`r`n"
      } else {
        Write-Utf8 $out ("--$boundary`r`nContent-Disposition: form-data; name=`"$quotedName`"`r`n`r`n" + $p.Value + "`r`n")
      }
    }
    Write-Utf8 $out "--$boundary--`r`n"
  } finally {
    $out.Close()
  }
  return "multipart/form-data; boundary=$boundary"
}

# ---------------------------------------------------------------- HTTP through curl.exe or HttpClient

# Sends one request; the response body goes to $OutPath. Returns @{ Status = 200; Headers = @{ 'content-disposition' = … } }.
function Invoke-Service([string]$Method, [string]$Url, [string]$OutPath, [string]$BodyPath = '', [string]$ContentType = '', [int]$TimeoutSeconds = 900) {
  $headers = @{}
  if ($Curl) {
    $headerPath = $OutPath + '.headers'
    $curlArgs = @('-sS', '-X', $Method, '--connect-timeout', '10', '--max-time', "$TimeoutSeconds", '-o', $OutPath, '-D', $headerPath, '-w', '%{http_code}')
    if ($Token) { $curlArgs += @('-H', "Authorization: Bearer $Token") }
    if ($BodyPath) { $curlArgs += @('-H', "Content-Type: $ContentType", '--data-binary', "@$BodyPath") }
    $curlArgs += $Url
    # stderr is left alone: Windows PowerShell 5.1 turns redirected native stderr into terminating errors
    $ErrorActionPreference = 'Continue'
    $status = & $Curl.Path @curlArgs
    $ErrorActionPreference = 'Stop'
    if ($LASTEXITCODE -ne 0) {
      Stop-Check "连不上审核服务 $Base（curl 退出码 $LASTEXITCODE）。请确认服务已启动，或用 SUANPAN_URL 指定地址。"
    }
    if (Test-Path -LiteralPath $headerPath) {
      foreach ($line in [System.IO.File]::ReadAllLines($headerPath, $Utf8)) {
        $i = $line.IndexOf(':')
        if ($i -gt 0) { $headers[$line.Substring(0, $i).Trim().ToLowerInvariant()] = $line.Substring($i + 1).Trim() }
      }
    }
    return @{ Status = [int]"$status".Trim(); Headers = $headers }
  }

  Add-Type -AssemblyName System.Net.Http
  if ($Url.StartsWith('https:')) {
    [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12
  }
  $client = New-Object System.Net.Http.HttpClient
  $client.Timeout = [TimeSpan]::FromSeconds($TimeoutSeconds)
  $request = New-Object System.Net.Http.HttpRequestMessage((New-Object System.Net.Http.HttpMethod($Method)), $Url)
  if ($Token) { [void]$request.Headers.TryAddWithoutValidation('Authorization', "Bearer $Token") }
  $bodyStream = $null
  try {
    if ($BodyPath) {
      $bodyStream = [System.IO.File]::OpenRead($BodyPath)
      $request.Content = New-Object System.Net.Http.StreamContent($bodyStream)
      [void]$request.Content.Headers.TryAddWithoutValidation('Content-Type', $ContentType)
    }
    try {
      $response = $client.SendAsync($request).GetAwaiter().GetResult()
    } catch {
      Stop-Check "连不上审核服务 $Base（$($_.Exception.GetBaseException().Message)）。请确认服务已启动，或用 SUANPAN_URL 指定地址。"
    }
    $out = [System.IO.File]::Create($OutPath)
    try { $response.Content.CopyToAsync($out).GetAwaiter().GetResult() } finally { $out.Close() }
    foreach ($h in @($response.Headers) + @($response.Content.Headers)) { $headers[$h.Key.ToLowerInvariant()] = ($h.Value -join ', ') }
    return @{ Status = [int]$response.StatusCode; Headers = $headers }
  } finally {
    if ($bodyStream) { $bodyStream.Close() }
    $client.Dispose()
  }
}

function Read-Json([string]$File) {
  return [System.IO.File]::ReadAllText($File, $Utf8) | ConvertFrom-Json
}

# Stops with the service's {"error"} message (or the status) unless the status is one of $Ok.
function Assert-Status($Response, [string]$BodyFile, [int[]]$Ok = @(200)) {
  if ($Ok -contains $Response.Status) { return }
  $message = ''
  try { $message = (Read-Json $BodyFile).error } catch { $message = '' }
  if (-not $message) { $message = "审核服务出错（HTTP $($Response.Status)）" }
  Stop-Check $message
}

# The file name a Content-Disposition header gives (filename* first), as a plain, safe file name; '' if none.
function Get-DispositionName([string]$Header) {
  if (-not $Header) { return '' }
  $name = ''
  if ($Header -match "filename\*\s*=\s*`"?UTF-8'[^']*'([^;`"]+)") {
    $name = [System.Uri]::UnescapeDataString($Matches[1])
  } elseif ($Header -match 'filename\s*=\s*"([^"]*)"') {
    $name = $Matches[1]
  }
  $name = ($name -split '[\\/]')[-1]
  foreach ($c in [System.IO.Path]::GetInvalidFileNameChars()) { $name = $name.Replace([string]$c, '_') }
  return $name.TrimStart('.').Trim()
}

# ---------------------------------------------------------------- one workbook

function Invoke-CheckFile([string]$File) {
  $item = Get-Item -LiteralPath $File
  $name = $item.Name
  Write-Host "正在审核：$name（$Base）"
  $body = Join-Path $Temp 'request.bin'
  $parts = @(@{ Name = 'workbook'; File = $item.FullName }, @{ Name = 'filename'; Value = $name })
  # -Budget / -Prior / -Narrative: files sent along, under the service's part names
  foreach ($c in @(@('budget', $Budget), @('prior', $Prior), @('narrative', $Narrative))) {
    if ($c[1]) {
      if (-not (Test-Path -LiteralPath $c[1] -PathType Leaf)) { Stop-Check "找不到 $($c[1])" }
      $parts += @{ Name = $c[0]; File = (Get-Item -LiteralPath $c[1]).FullName }
    }
  }
  $type = New-MultipartBody $parts $body
  $outTemp = Join-Path $Temp 'response.bin'
  $response = Invoke-Service 'POST' "$Base/api/annotate" $outTemp $body $type 900
  Assert-Status $response $outTemp
  $outName = Get-DispositionName $response.Headers['content-disposition']
  if (-not $outName) {
    $ext = if ($item.Extension) { $item.Extension } else { '.xlsx' }
    $outName = [System.IO.Path]::GetFileNameWithoutExtension($name) + '-审核' + $ext
  }
  $target = Join-Path $item.DirectoryName $outName
  Move-Item -LiteralPath $outTemp -Destination $target -Force
  $errors = 0; $warnings = 0
  [void][int]::TryParse("$($response.Headers['x-suanpan-errors'])", [ref]$errors)
  [void][int]::TryParse("$($response.Headers['x-suanpan-warnings'])", [ref]$warnings)
  Write-Host "已写出标注副本：$target"
  Write-Host "错误 $errors 个，警告 $warnings 个"
  if ($errors -gt 0) { return 1 }
  return 0
}

# ---------------------------------------------------------------- a folder: one batch

function Invoke-CheckFolder([string]$Folder) {
  $dir = Get-Item -LiteralPath $Folder
  $files = @(Get-ChildItem -LiteralPath $dir.FullName -File | Where-Object {
      ('.xlsx', '.xls', '.xlsm' -contains $_.Extension.ToLowerInvariant()) -and
      ($_.Name -notlike '~$*') -and ($_.Name -notlike '.*') -and ($_.Name -notmatch '-(审核|填充)\.[^.]+$')
    } | Sort-Object Name)
  if ($files.Count -eq 0) { Stop-Check "文件夹 $($dir.FullName) 里没有 .xlsx 或 .xls 工作簿" }
  Write-Host "正在提交 $($files.Count) 个工作簿（$Base）"
  $parts = @($files | ForEach-Object { @{ Name = 'workbook'; File = $_.FullName } })
  $body = Join-Path $Temp 'request.bin'
  $type = New-MultipartBody $parts $body
  $created = Join-Path $Temp 'created.json'
  $response = Invoke-Service 'POST' "$Base/api/batches" $created $body $type 1800
  Assert-Status $response $created @(200, 202)
  $id = (Read-Json $created).id
  if (-not $id) { Stop-Check '审核服务没有返回批次编号' }

  $statusFile = Join-Path $Temp 'status.json'
  $last = ''
  $started = Get-Date
  while ($true) {
    $response = Invoke-Service 'GET' "$Base/api/batches/$id" $statusFile '' '' 60
    Assert-Status $response $statusFile
    $st = Read-Json $statusFile
    $line = "进度 $($st.done)/$($st.total)（错误 $($st.errors)，警告 $($st.warnings)，无法审核 $($st.failed)）"
    if ($line -ne $last) {
      Write-Host $line
      if ($st.total -gt 0) { Write-Progress -Activity '批量审核' -Status $line -PercentComplete ([math]::Min(100, 100 * $st.done / $st.total)) }
      $last = $line
    }
    if ($st.status -eq 'done') { break }
    if (((Get-Date) - $started).TotalSeconds -ge $BatchTimeout) { Stop-Check "批量审核 $BatchTimeout 秒后仍未完成（批次 $id）" }
    Start-Sleep -Milliseconds ([int](1000 * $PollSeconds))
  }
  Write-Progress -Activity '批量审核' -Completed

  $parent = $dir.Parent.FullName
  $summary = Join-Path $parent ($dir.Name + '-汇总.xlsx')
  $results = Join-Path $parent ($dir.Name + '-审核结果.zip')
  $summaryTemp = Join-Path $Temp 'summary.xlsx'
  $response = Invoke-Service 'GET' "$Base/api/batches/$id/summary.xlsx" $summaryTemp '' '' 600
  Assert-Status $response $summaryTemp
  $resultsTemp = Join-Path $Temp 'results.zip'
  $response = Invoke-Service 'GET' "$Base/api/batches/$id/results.zip" $resultsTemp '' '' 1800
  Assert-Status $response $resultsTemp
  Move-Item -LiteralPath $summaryTemp -Destination $summary -Force
  Move-Item -LiteralPath $resultsTemp -Destination $results -Force
  Write-Host "已下载汇总表：$summary"
  Write-Host "已下载审核结果：$results"
  Write-Host "共 $($st.total) 个工作簿：错误 $($st.errors) 个，警告 $($st.warnings) 个，无法审核 $($st.failed) 个"
  if ($st.failed -gt 0) { return 2 }
  if ($st.errors -gt 0) { return 1 }
  return 0
}

# ---------------------------------------------------------------- main

if ($Help -or -not $Path) {
  Get-Help $PSCommandPath -Detailed
  if ($Help) { exit 0 } else { exit 2 }
}

$code = 2
try {
  New-Item -ItemType Directory -Path $Temp -Force | Out-Null
  if (Test-Path -LiteralPath $Path -PathType Container) {
    if ($Budget -or $Prior -or $Narrative) { Stop-Check '-Budget、-Prior、-Narrative 只用于审核一个工作簿，不用于文件夹' }
    $code = Invoke-CheckFolder $Path
  } elseif (Test-Path -LiteralPath $Path -PathType Leaf) {
    $code = Invoke-CheckFile $Path
  } else {
    Stop-Check "找不到 $Path"
  }
} catch {
  $e = $_.Exception
  while ($e -is [System.Management.Automation.RuntimeException] -and $e.InnerException) { $e = $e.InnerException }
  [Console]::Error.WriteLine("check.ps1: " + $e.Message)
  $code = 2
} finally {
  Remove-Item -LiteralPath $Temp -Recurse -Force -ErrorAction SilentlyContinue
}
exit $code
