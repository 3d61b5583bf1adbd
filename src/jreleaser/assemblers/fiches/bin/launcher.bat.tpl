@echo off
rem {{jreleaserCreationStamp}}

@rem Set local scope for the variables with windows NT shell
if "%OS%"=="Windows_NT" setlocal

set DIRNAME=%~dp0
if "%DIRNAME%" == "" set DIRNAME=.
set APP_BASE_NAME=%~n0
set APP_HOME=%DIRNAME%..

@rem Resolve any "." and ".." in APP_HOME to make it shorter.
for %%i in ("%APP_HOME%") do set APP_HOME=%%~fi

@rem Fiches: messages in UTF-8, as the program writes them.
chcp 65001 >NUL
@rem Fiches: double-clicked (no argument), it renders the guides\ beside bin\ into out\, opens
@rem the catalogue, and keeps the window open when something went wrong.
set FICHES_OPEN=
if "%~1"=="" (
    set FICHES_OPEN=--open
    pushd "%APP_HOME%"
)

@rem Add default JVM options here. You can also use JAVA_OPTS to pass JVM options to this script.
set DEFAULT_JVM_OPTS=

@rem Find java.exe
if defined JAVA_HOME goto findJavaFromJavaHome

set JAVA_EXE=java.exe
%JAVA_EXE% -version >NUL 2>&1
if %ERRORLEVEL% equ 0 goto checkVersion

echo.
echo Fiches : Java est introuvable sur cet ordinateur.
echo.
echo Java 17 ou plus récent est nécessaire : installez Temurin 17 depuis
echo https://adoptium.net (gratuit), puis relancez Fiches.

goto fail

:findJavaFromJavaHome
set JAVA_HOME=%JAVA_HOME:"=%
set JAVA_EXE=%JAVA_HOME%\bin\java.exe

if exist "%JAVA_EXE%" goto checkVersion

echo.
echo Fiches : JAVA_HOME indique un dossier sans Java : %JAVA_HOME%
echo.
echo Java 17 ou plus récent est nécessaire : installez Temurin 17 depuis
echo https://adoptium.net (gratuit), ou corrigez JAVA_HOME.

goto fail

:checkVersion
@rem Fiches: an older Java would only say UnsupportedClassVersionError.
"%JAVA_EXE%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >NUL
if %ERRORLEVEL% equ 0 goto execute

echo.
echo Fiches : ce Java est trop ancien.
echo.
echo Java 17 ou plus récent est nécessaire : installez Temurin 17 depuis
echo https://adoptium.net (gratuit), puis relancez Fiches.

goto fail

:execute
@rem Setup the command line

set JARSDIRS=%APP_HOME%\lib
{{#distributionJavaMainModule}}
set CLASSPATH=%JARSDIRS%
{{/distributionJavaMainModule}}
{{^distributionJavaMainModule}}
set CLASSPATH=%JARSDIRS%\*
{{/distributionJavaMainModule}}

@rem universal JVM options
{{#distributionJavaJvmOptionsUniversal}}
set JAVA_OPTS=%JAVA_OPTS% {{.}}
{{/distributionJavaJvmOptionsUniversal}}
@rem windows JVM options
{{#distributionJavaJvmOptionsWindows}}
set JAVA_OPTS=%JAVA_OPTS% {{.}}
{{/distributionJavaJvmOptionsWindows}}

@rem universal environment variables
{{#distributionJavaEnvironmentVariablesUniversal}}
set "{{key}}={{value}}"
{{/distributionJavaEnvironmentVariablesUniversal}}
@rem windows environment variables
{{#distributionJavaEnvironmentVariablesWindows}}
set "{{key}}={{value}}"
{{/distributionJavaEnvironmentVariablesWindows}}

@rem Execute
{{#distributionJavaMainModule}}
"%JAVA_EXE%" %DEFAULT_JVM_OPTS% %JAVA_OPTS% -p "%CLASSPATH%" -m {{distributionJavaMainModule}}/{{distributionJavaMainClass}} %FICHES_OPEN% %*
{{/distributionJavaMainModule}}
{{^distributionJavaMainModule}}
{{#distributionJavaMainClass}}
"%JAVA_EXE%" %DEFAULT_JVM_OPTS% %JAVA_OPTS% -cp "%CLASSPATH%" {{distributionJavaMainClass}} %FICHES_OPEN% %*
{{/distributionJavaMainClass}}
{{^distributionJavaMainClass}}
"%JAVA_EXE%" %DEFAULT_JVM_OPTS% %JAVA_OPTS% -cp "%CLASSPATH%" -jar "%JARSDIRS%\{{distributionJavaMainJar}}" %FICHES_OPEN% %*
{{/distributionJavaMainClass}}
{{/distributionJavaMainModule}}

:end
@rem End local scope for the variables with windows NT shell
if %ERRORLEVEL% equ 0 goto mainEnd

:fail
if defined FICHES_OPEN pause
rem Set variable JRELEASER_EXIT_CONSOLE if you need the _script_ return code instead of
rem the _cmd.exe /c_ return code!
if  not "" == "%JRELEASER_EXIT_CONSOLE%" exit 1
exit /b 1

:mainEnd
if "%OS%"=="Windows_NT" endlocal

:omega
