@echo off
rem Installs the Suanpan add-in (tab "jue suan shen he") into WPS Spreadsheets for the current Windows user.
rem   install.cmd                                       offline, service http://127.0.0.1:7070
rem   install.cmd -Service http://server:7070           offline, another service
rem   install.cmd -Online http://server:7070            online (loaded from the service)
rem   install.cmd -Uninstall
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-wps.ps1" %*
pause
