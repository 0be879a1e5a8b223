<#
.SYNOPSIS
    Build oiaassist for Windows: wheel, PyInstaller bundle, zip, and the Inno Setup installer.

.DESCRIPTION
    The one command, from a clone, in PowerShell 7 (pwsh) or Windows PowerShell 5.1:

        pwsh -File packaging\windows\build.ps1

    Prerequisites (Windows 10/11 x64):
      * Python 3.11 x64 from python.org, or: winget install Python.Python.3.11
      * Inno Setup 6: winget install JRSoftware.InnoSetup   (or choco install innosetup)
      * Git (the release date comes from the last commit)
    Everything else (build, PyInstaller, Pillow for the icon, oiaassist[gui]) goes into
    the build venv build\venv-windows.

    Output in dist\ (VERSION from the package metadata):
      oiaassist-VERSION-py3-none-any.whl, oiaassist-VERSION.tar.gz   wheel and sdist
      oiaassist\                                  the one-folder bundle (oiaassist-app.exe, oiaassist.exe)
      oiaassist-VERSION-windows-x64.zip           the bundle, zipped (portable, no installer)
      oiaassist-VERSION-windows-x64-setup.exe     per-user installer: Start menu, PATH, uninstaller
      SHA256SUMS                                  SHA-256 of each artefact above (sha256sum -c format)

    Signing (optional): set OIAASSIST_SIGN_PFX (a .pfx code-signing certificate) and
    OIAASSIST_SIGN_PASSWORD, or OIAASSIST_SIGN_THUMBPRINT (a certificate in the user's store,
    e.g. on a hardware token). The programs are signed before they are packed; Inno Setup
    then signs the installer and the uninstaller it embeds (SignTool=oiasign). signtool.exe
    comes with the Windows SDK; OIAASSIST_SIGNTOOL overrides its path.

.PARAMETER Python
    The Python launcher command for 3.11 (default: "py -3.11"; in CI: "python").

.PARAMETER NoTest
    Skip the smoke tests of the bundle.
#>
[CmdletBinding()]
param(
    [string]$Python = "py -3.11",
    [switch]$NoTest
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
# The CLI writes UTF-8 (te reo Maori letters have macrons); make PowerShell read it as UTF-8
# too, or text piped from it is decoded with the console's code page (cp437/cp1252).
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$OutputEncoding = [System.Text.UTF8Encoding]::new($false)
$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Repo
$Venv = Join-Path $Repo "build\venv-windows"
$Py = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Repo "dist"

function Step([string]$Message) { Write-Host "`n== build.ps1: $Message" -ForegroundColor Cyan }

function Invoke-Native {
    # Run a program and stop if it fails (PowerShell does not, by itself, for native programs).
    # A simple function (no param block) so that arguments like -m and --noconfirm pass through.
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "$exe $($rest -join ' ') exited $LASTEXITCODE" }
}

function Find-Tool([string]$Override, [string[]]$Candidates, [string]$Name) {
    if ($Override) { return $Override }
    $onPath = Get-Command $Name -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($candidate in $Candidates) {
        $found = Get-ChildItem -Path $candidate -ErrorAction SilentlyContinue | Sort-Object FullName -Descending | Select-Object -First 1
        if ($found) { return $found.FullName }
    }
    return $null
}

$Signing = [bool]($env:OIAASSIST_SIGN_PFX -or $env:OIAASSIST_SIGN_THUMBPRINT)
if ($env:OIAASSIST_SIGN_PFX -and -not (Test-Path $env:OIAASSIST_SIGN_PFX)) {
    throw "OIAASSIST_SIGN_PFX is $env:OIAASSIST_SIGN_PFX, which does not exist"
}

function Get-SignCommand {
    # signtool and its arguments, or $null when no certificate is configured.
    if (-not $Signing) { return $null }
    $signtool = Find-Tool $env:OIAASSIST_SIGNTOOL @("${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe") "signtool.exe"
    if (-not $signtool) { throw "signtool.exe not found: install the Windows SDK or set OIAASSIST_SIGNTOOL" }
    $how = if ($env:OIAASSIST_SIGN_PFX) { @("/f", $env:OIAASSIST_SIGN_PFX, "/p", $env:OIAASSIST_SIGN_PASSWORD) } else { @("/sha1", $env:OIAASSIST_SIGN_THUMBPRINT) }
    return @($signtool, "sign") + $how + @("/fd", "SHA256", "/tr", "http://timestamp.digicert.com", "/td", "SHA256")
}

function Invoke-Sign([string[]]$Files) {
    $command = Get-SignCommand
    if (-not $command) { return }
    $exe, $rest = $command
    Invoke-Native $exe @rest @Files
}

Step "build environment ($Venv)"
if (-not (Test-Path $Py)) {
    $launcher = $Python.Split(" ")
    $launcherArgs = @($launcher | Select-Object -Skip 1) + @("-m", "venv", $Venv)
    Invoke-Native $launcher[0] @launcherArgs
}
Invoke-Native $Py -m pip install --quiet --upgrade pip build "pyinstaller>=6.10" pillow

Step "wheel and sdist"
Get-ChildItem $Dist -Filter "oiaassist*" -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force
Invoke-Native $Py -m build --outdir $Dist .
$Wheel = (Get-ChildItem $Dist -Filter "oiaassist-*-py3-none-any.whl" | Select-Object -First 1).FullName
Invoke-Native $Py -m pip install --quiet --force-reinstall --no-deps $Wheel
Invoke-Native $Py -m pip install --quiet "$Wheel[gui,pdf]"
$Version = (& $Py packaging\tools\meta.py version).Trim()
# 0.2.0rc1 -> 0.2.0.0: Windows version resources take dotted integers only.
$NumericVersion = (& $Py packaging\tools\meta.py numeric_version).Trim()
Write-Host "build.ps1: oiaassist $Version"

Step "icon (ui\icons\app.svg -> .ico)"
Invoke-Native $Py packaging\tools\render_icon.py build\icons
$env:OIAASSIST_ICON = Join-Path $Repo "build\icons\oiaassist.ico"

Step "PyInstaller bundle"
Invoke-Native (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath $Dist --workpath build\pyinstaller packaging\pyinstaller\oiaassist.spec
$Bundle = Join-Path $Dist "oiaassist"
Copy-Item LICENSE (Join-Path $Bundle "LICENSE")
Invoke-Native $Py packaging\tools\third_party_licenses.py $Bundle
Invoke-Sign @((Join-Path $Bundle "oiaassist-app.exe"), (Join-Path $Bundle "oiaassist.exe"))

if (-not $NoTest) {
    Step "smoke test: the bundle"
    $cli = Join-Path $Bundle "oiaassist.exe"
    $due = & $cli due 2024-09-13 --extend 45
    if ($LASTEXITCODE -ne 0 -or -not ($due -match "2024-12-16")) { throw "oiaassist due gave: $due" }
    $work = Join-Path ([IO.Path]::GetTempPath()) "oiaassist-smoke"
    New-Item -ItemType Directory -Force $work | Out-Null
    # stdout redirected to a file, as a user's `oiaassist draft request --example > request.json`
    # would be (Start-Process hands the file to the program unchanged, no decoding): Python
    # would write it in cp1252 and fail on "Tēnā" were it not for the CLI's UTF-8 output.
    $request = Join-Path $work "request.json"
    $draft = Start-Process -FilePath $cli -ArgumentList "draft", "request", "--example" `
        -RedirectStandardOutput $request -NoNewWindow -Wait -PassThru
    if ($draft.ExitCode -ne 0) { throw "oiaassist draft request --example exited $($draft.ExitCode)" }
    $text = [IO.File]::ReadAllText($request, [Text.UTF8Encoding]::new($false, $true))
    if (-not $text.Contains("T$([char]0x113)n$([char]0x101)")) { throw "request.json has no 'Tena' with macrons as UTF-8" }
    $mi = Join-Path $work "request-mi.json"
    [IO.File]::WriteAllText($mi, $text.Replace('"locale": "en_NZ"', '"locale": "mi"'), [Text.UTF8Encoding]::new($false))
    $letter = & $cli draft request $mi
    if ($LASTEXITCODE -ne 0 -or -not (($letter -join "`n").Contains("Oketopa"))) { throw "the te reo Maori letter has no Maori month name" }
    Invoke-Native $cli draft request $request --format docx --out (Join-Path $work "letter.docx")
    # oiaassist-app.exe is windowed (no console): run it, wait, and check its exit code.
    $env:QT_QPA_PLATFORM = "offscreen"
    $app = Start-Process -FilePath (Join-Path $Bundle "oiaassist-app.exe") -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
    Remove-Item Env:QT_QPA_PLATFORM
    if ($app.ExitCode -ne 0) { throw "oiaassist-app.exe --self-test exited $($app.ExitCode)" }
    Write-Host "build.ps1: smoke test OK"
}

Step "zip"
$Zip = Join-Path $Dist "oiaassist-$Version-windows-x64.zip"
Compress-Archive -Path $Bundle -DestinationPath $Zip -Force

Step "installer (Inno Setup)"
$Iscc = Find-Tool $env:ISCC @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") "ISCC.exe"
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: winget install JRSoftware.InnoSetup, or set ISCC" }
$isccArgs = @("/Q", "/DAppVersion=$Version", "/DAppNumericVersion=$NumericVersion", "/DSourceDir=$Bundle",
    "/DOutputDir=$Dist", "/DIconFile=$env:OIAASSIST_ICON")
$signCommand = Get-SignCommand
if ($signCommand) {
    # Inno Setup runs this for the installer and for the uninstaller it embeds ($f: the file).
    $quoted = ($signCommand | ForEach-Object { if ($_ -match '\s') { "`$q$_`$q" } else { $_ } }) -join " "
    $isccArgs += @("/DSign", "/Soiasign=$quoted `$f")
}
Invoke-Native $Iscc @isccArgs packaging\windows\oiaassist.iss
$Setup = Join-Path $Dist "oiaassist-$Version-windows-x64-setup.exe"

Step "SHA256SUMS"
$artefacts = Get-ChildItem $Dist -File | Where-Object { $_.Name -like "oiaassist*" -and $_.Extension -in ".whl", ".gz", ".zip", ".exe" }
$sums = $artefacts | ForEach-Object { "{0}  {1}" -f (Get-FileHash $_.FullName -Algorithm SHA256).Hash.ToLower(), $_.Name }
[IO.File]::WriteAllLines((Join-Path $Dist "SHA256SUMS"), [string[]]$sums)
$sums | Write-Host

Step "done"
Get-ChildItem $Dist -File | Where-Object Name -like "oiaassist*" | Format-Table Name, Length
