<#
  Installs the Suanpan 决算审核 add-in into WPS 表格 for the current Windows user (Windows PowerShell 5.1+).

    install-wps.ps1 [-Service http://审核服务:7070]     offline: copy the add-in into %APPDATA%\kingsoft\wps\jsaddons
    install-wps.ps1 -Online http://审核服务:7070        online: WPS loads the add-in from the service
    install-wps.ps1 -Uninstall                           remove it again

  Close WPS first. Other add-ins listed in publish.xml are kept; the old file is kept as publish.xml.bak.
#>
param(
  [string]$Service = '',
  [string]$Online = '',
  [switch]$Uninstall
)
$ErrorActionPreference = 'Stop'
$Name = 'suanpan'
$Version = '0.1.0'
$AddinDir = Split-Path -Parent $PSScriptRoot
$JsAddons = if ($env:SUANPAN_JSADDONS) { $env:SUANPAN_JSADDONS } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$Publish = Join-Path $JsAddons 'publish.xml'

function Normalize-Service([string]$s) {
  $s = $s.Trim().TrimEnd('/')
  if ($s -eq '') { return '' }
  if ($s -notmatch '^https?://') { $s = 'http://' + $s }
  if ($s -notmatch '^https?://[^\s"''\\<>]+$') { throw "服务地址不对：$s（应形如 http://127.0.0.1:7070）" }
  return $s
}

$mode = 'offline'
if ($Uninstall) { $mode = 'uninstall' }
elseif ($Online) { $mode = 'online'; $Service = $Online }
$Service = Normalize-Service $Service

New-Item -ItemType Directory -Force -Path $JsAddons | Out-Null
$xml = New-Object System.Xml.XmlDocument
if (Test-Path -LiteralPath $Publish) {
  Copy-Item -LiteralPath $Publish -Destination ($Publish + '.bak') -Force
  $xml.Load($Publish)
} else {
  $xml.LoadXml('<?xml version="1.0" encoding="UTF-8"?><jsplugins></jsplugins>')
}
$root = $xml.DocumentElement
foreach ($old in @($root.SelectNodes("*[@name='$Name']"))) { [void]$root.RemoveChild($old) }
Get-ChildItem -LiteralPath $JsAddons -Directory -Filter ($Name + '_*') -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force

if ($mode -eq 'online') {
  $entry = $xml.CreateElement('jspluginonline')
  $entry.SetAttribute('name', $Name)
  $entry.SetAttribute('type', 'et')
  $entry.SetAttribute('url', $Service + '/addin/wps/')
  $entry.SetAttribute('enable', 'enable_dev')
  $entry.SetAttribute('install', 'null')
  [void]$root.AppendChild($entry)
} elseif ($mode -eq 'offline') {
  $target = Join-Path $JsAddons ($Name + '_' + $Version)
  New-Item -ItemType Directory -Force -Path $target | Out-Null
  Get-ChildItem -LiteralPath $AddinDir | Where-Object { $_.Name -ne 'install' } | Copy-Item -Destination $target -Recurse -Force
  # the shared client code lives once in client-scripts\shared
  $shared = Join-Path (Split-Path -Parent $AddinDir) 'shared'
  New-Item -ItemType Directory -Force -Path (Join-Path $target 'lib'), (Join-Path $target 'css') | Out-Null
  Copy-Item -LiteralPath (Join-Path $shared 'suanpan-core.js') -Destination (Join-Path $target 'lib') -Force
  Copy-Item -LiteralPath (Join-Path $shared 'pane.css') -Destination (Join-Path $target 'css') -Force
  if ($Service) {
    $config = "// Written by install-wps.ps1: the 审核服务 this add-in calls (设置服务地址 overrides it per user).`r`nwindow.SUANPAN_DEFAULTS = { service: '$Service' };`r`n"
    [System.IO.File]::WriteAllText((Join-Path $target 'config.js'), $config, (New-Object System.Text.UTF8Encoding($false)))
  }
  $entry = $xml.CreateElement('jsplugin')
  $entry.SetAttribute('name', $Name)
  $entry.SetAttribute('type', 'et')
  $entry.SetAttribute('url', $Name + '_' + $Version)
  $entry.SetAttribute('version', $Version)
  $entry.SetAttribute('enable', 'enable_dev')
  $entry.SetAttribute('install', 'null')
  $entry.SetAttribute('customDomain', '')
  [void]$root.AppendChild($entry)
}

$settings = New-Object System.Xml.XmlWriterSettings
$settings.Indent = $true
$settings.Encoding = New-Object System.Text.UTF8Encoding($false)
$writer = [System.Xml.XmlWriter]::Create($Publish, $settings)
try { $xml.Save($writer) } finally { $writer.Close() }

if ($mode -eq 'uninstall') {
  Write-Host "已卸载决算审核加载项（$Publish）"
} else {
  Write-Host "已安装决算审核加载项（$mode）：$Publish"
  Write-Host '请重新打开 WPS 表格，功能区会出现“决算审核”选项卡。'
}
