@echo off
rem Suanpan check: drop a workbook or a folder onto this file, or run  check.cmd <workbook-or-folder>
rem With one workbook: check.cmd <workbook> -Budget <budget.xlsx> [-Prior <last-year.xlsx>] [-Narrative <text.docx>]
rem Set SUANPAN_URL (default http://127.0.0.1:7070) and, if the service wants one, SUANPAN_TOKEN.
rem Scripts should call check.ps1 directly (or set SUANPAN_NOPAUSE=1): this wrapper waits for a key at the end.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0check.ps1" %*
set SUANPAN_EXIT=%ERRORLEVEL%
if not defined SUANPAN_NOPAUSE pause
exit /b %SUANPAN_EXIT%
