; Inno Setup 6 script: a per-user installer for the PyInstaller bundle.
;
; Do not run this by hand: packaging\windows\build.ps1 builds the bundle and
; then calls ISCC with the values below, taken from the package metadata
; (the one version source, oiaassist.__version__):
;
;   ISCC.exe /DAppVersion=0.0.0 /DSourceDir=C:\src\oiaassist\dist\oiaassist ^
;            /DOutputDir=C:\src\oiaassist\dist /DIconFile=C:\src\oiaassist\build\icons\oiaassist.ico ^
;            packaging\windows\oiaassist.iss
;
; What it installs: the bundle into %LOCALAPPDATA%\Programs\OIA Assist (no
; administrator rights; "Install for all users" is offered when elevated), a
; Start-menu entry, an optional desktop shortcut, and an uninstaller (Settings
; > Apps, or the Start-menu folder). The command line is
; %LOCALAPPDATA%\Programs\OIA Assist\oiaassist.exe.
;
; File association: none. Request files are named *.oiareq.json, and Windows
; associates only a name's LAST extension, so claiming them would take over
; every .json file; the app also does not yet open a file named on its
; command line. If a single extension (.oiareq) is adopted, uncomment the
; [Registry] block below (per-user, removed on uninstall).

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging\windows\build.ps1 does, from the package metadata)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=...\dist\oiaassist (the PyInstaller one-folder bundle)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

#define AppName "OIA Assist"
#define AppExe "oiaassist-app.exe"
#define AppUrl "https://github.com/oiaassist/oiaassist"

[Setup]
; The AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{DEC1A3C3-FA89-4F13-A478-3E5726E6E193}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=oiaassist developers
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs when not elevated.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=oiaassist-{#AppVersion}-windows-x64-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesAssociations=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: oiaassist-app.exe, oiaassist.exe, _internal\, THIRD-PARTY-LICENSES.txt
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Deadlines, tracking and letters for NZ official information requests"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave __pycache__ folders beside the LGPL packages shipped as .py files.
Type: filesandordirs; Name: "{app}\_internal"

; [Registry]
; Root: HKA; Subkey: "Software\Classes\.oiareq"; ValueType: string; ValueName: ""; ValueData: "OIAAssist.Request"; Flags: uninsdeletevalue
; Root: HKA; Subkey: "Software\Classes\OIAAssist.Request"; ValueType: string; ValueName: ""; ValueData: "OIA request"; Flags: uninsdeletekey
; Root: HKA; Subkey: "Software\Classes\OIAAssist.Request\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; Root: HKA; Subkey: "Software\Classes\OIAAssist.Request\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; (and set ChangesAssociations=yes above)
