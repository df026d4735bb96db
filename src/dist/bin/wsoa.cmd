@echo off
rem Starts wsoa on Windows. Needs nothing but a Java 17 (or later) runtime: %JAVA_HOME%\bin\java.exe
rem when JAVA_HOME is set, else java.exe on the PATH. Does what bin/wsoa does on Linux and macOS.
rem
rem A class-data archive of a typical run takes about a third off every start of the JVM. It is made
rem once, on the first run after installing (or after Java changes), in lib\ when that folder can be
rem written, else in %LOCALAPPDATA%\wsoa (a locked-down laptop installs into Program Files). The JVM
rem only uses an archive whose jar has the size and modification time it recorded, so the archive is
rem named after the size and time of the jar and of java.exe; one that does not match is made again.
rem
rem WSOA_JAVA_OPTS adds JVM options (or overrides these).
setlocal EnableExtensions DisableDelayedExpansion

rem A short-lived tool: the serial collector, C1 only, and a heap that keeps a PDF build of the
rem largest example plan well under 300 MB, with a small young generation (bin/wsoa says why).
rem The same options as bin/wsoa.
set "JVM_OPTIONS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -Xmx192m -Xmn12m -XX:SurvivorRatio=2 -Xshare:auto -Xlog:disable -XX:-UsePerfData"

for %%I in ("%~dp0..") do set "WSOA_HOME=%%~fI"
set "JAR=%WSOA_HOME%\lib\wsoa.jar"
set "WARM_UP_PLAN=%WSOA_HOME%\lib\warm-up-plan"
if exist "%JAR%" goto jar_found
echo wsoa: the install is incomplete: %JAR% is missing>&2
exit /b 2
:jar_found

if not defined JAVA_HOME goto java_on_path
set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA%" goto java_found
echo wsoa: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set it to a Java 17 (or later) runtime>&2
exit /b 2
:java_on_path
set "JAVA="
for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if defined JAVA goto java_found
echo wsoa: needs Java 17 or later, and there is no java.exe on the PATH (install a Java runtime, or set JAVA_HOME)>&2
exit /b 2
:java_found

rem The folder for the archive: lib\ if it can be written, else the user's local application data.
set "FOLDER=%WSOA_HOME%\lib"
copy /y nul "%FOLDER%\.wsoa-write-test" >nul 2>&1
if errorlevel 1 goto user_folder
del "%FOLDER%\.wsoa-write-test" >nul 2>&1
goto folder_found
:user_folder
set "FOLDER="
if defined LOCALAPPDATA set "FOLDER=%LOCALAPPDATA%\wsoa"
if not defined FOLDER goto run_without_archive
if not exist "%FOLDER%\" mkdir "%FOLDER%" >nul 2>&1
if not exist "%FOLDER%\" goto run_without_archive
:folder_found

rem The archive's name: size and time of the jar and of java.exe, without the characters that
rem dates and times bring in (/ : , . and spaces) that cannot or should not be in a file name.
for %%F in ("%JAR%") do set "KEY=%%~zF-%%~tF"
for %%F in ("%JAVA%") do set "KEY=%KEY%-%%~zF-%%~tF"
set "KEY=%KEY:/=%"
set "KEY=%KEY::=%"
set "KEY=%KEY:,=%"
set "KEY=%KEY:.=%"
set "KEY=%KEY: =%"
set "ARCHIVE=%FOLDER%\wsoa-%KEY%.jsa"
if exist "%ARCHIVE%" goto run_with_archive
if exist "%FOLDER%\wsoa-%KEY%.none" goto run_without_archive

rem The first run after installing: a good moment to say plainly which Java is too old.
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /c:" version "') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
set "JAVA_MAJOR=0"
for /f "delims=.-_+" %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
if "%JAVA_MAJOR%"=="1" for /f "tokens=2 delims=.-_+" %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
set /a "JAVA_MAJOR=JAVA_MAJOR" >nul 2>&1
if %JAVA_MAJOR% GEQ 17 goto make_archive
if %JAVA_MAJOR% EQU 0 goto make_archive
echo wsoa: needs Java 17 or later, but %JAVA% is Java %JAVA_VERSION%; install a newer one, or set JAVA_HOME to it>&2
exit /b 2

:make_archive
rem Records the classes of a whole build (validation, HTML and PDF) of a tiny plan, in one JVM.
set "SCRATCH=%FOLDER%\.wsoa-%RANDOM%%RANDOM%.tmp"
mkdir "%SCRATCH%" >nul 2>&1
if errorlevel 1 goto run_without_archive
"%JAVA%" %JVM_OPTIONS% "-XX:ArchiveClassesAtExit=%SCRATCH%\wsoa.jsa" -jar "%JAR%" build "%WARM_UP_PLAN%" -o "%SCRATCH%\out" >nul 2>&1
if not exist "%SCRATCH%\wsoa.jsa" goto no_archive
del /f /q "%FOLDER%\wsoa-*.jsa" "%FOLDER%\wsoa-*.none" >nul 2>&1
move /y "%SCRATCH%\wsoa.jsa" "%ARCHIVE%" >nul 2>&1
rmdir /s /q "%SCRATCH%" >nul 2>&1
if exist "%ARCHIVE%" goto run_with_archive
goto run_without_archive
:no_archive
rem No archive with this Java (not every JVM can make one): say so, and do not try again.
type nul >"%FOLDER%\wsoa-%KEY%.none" 2>nul
rmdir /s /q "%SCRATCH%" >nul 2>&1
goto run_without_archive

:run_with_archive
"%JAVA%" %JVM_OPTIONS% "-XX:SharedArchiveFile=%ARCHIVE%" %WSOA_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:run_without_archive
"%JAVA%" %JVM_OPTIONS% %WSOA_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
