; Inno Setup 6 script: a per-user installer for the PyInstaller bundle.
;
; Do not run this by hand: packaging\windows\build.ps1 builds the bundle and
; then calls ISCC with the values below, taken from the package metadata
; (the one version source, oiaassist.__version__):
;
;   ISCC.exe /DAppVersion=0.2.0rc1 /DAppNumericVersion=0.2.0.0 ^
;            /DSourceDir=C:\src\oiaassist\dist\oiaassist ^
;            /DOutputDir=C:\src\oiaassist\dist /DIconFile=C:\src\oiaassist\build\icons\oiaassist.ico ^
;            [/DSign "/Soiasign=C:\...\signtool.exe sign /fd SHA256 ... $f"] ^
;            packaging\windows\oiaassist.iss
;
; AppVersion is the full PEP 440 version (shown to the user; "0.2.0rc1");
; AppNumericVersion its dotted-integer form, which Windows' version resource
; requires (VersionInfoVersion rejects "0.2.0rc1"). With /DSign, Inno Setup
; signs both the installer and the uninstaller it embeds with the "oiasign"
; tool defined by /S (build.ps1 builds that command from its signing settings).
;
; What it installs: the bundle into %LOCALAPPDATA%\Programs\OIA Assist (no
; administrator rights; "Install for all users" is offered when elevated), a
; Start-menu entry, an optional desktop shortcut, and an uninstaller (Settings
; > Apps, or the Start-menu folder). The command line is
; %LOCALAPPDATA%\Programs\OIA Assist\oiaassist.exe, which the installer adds to
; the user's PATH (the task "Add the oiaassist command to PATH", on by
; default; removed again on uninstall), so `oiaassist due 2024-09-13` works in
; a new terminal. An upgrade first deletes the old _internal folder, so files
; a newer bundle no longer has do not linger and get loaded.
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
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
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
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
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
; The PATH task changes the environment: tell running programs (Explorer) so.
ChangesEnvironment=yes
#ifdef Sign
; Signs the installer and, with SignedUninstaller, the uninstaller inside it.
SignTool=oiasign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the oiaassist command to PATH"; GroupDescription: "Command line:"

[InstallDelete]
; An upgrade replaces the whole bundle: files the old version had and the new one
; does not (a renamed Qt plugin, an old module) would otherwise stay and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

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

[Code]
// The PATH task: append the install folder to the user's (or, installed for all
// users, the machine's) Path once, and remove exactly that entry on uninstall.
function PathKeyRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function PathKey: String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathHas(const Paths, Dir: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Paths, Dir: String;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
  begin
    Dir := ExpandConstant('{app}');
    if not RegQueryStringValue(PathKeyRoot, PathKey, 'Path', Paths) then Paths := '';
    if not PathHas(Paths, Dir) then
    begin
      if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then Paths := Paths + ';';
      RegWriteExpandStringValue(PathKeyRoot, PathKey, 'Path', Paths + Dir);
    end;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: String;
  P: Integer;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Dir := ExpandConstant('{app}');
    if RegQueryStringValue(PathKeyRoot, PathKey, 'Path', Paths) then
    begin
      Paths := ';' + Paths + ';';
      P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
      if P > 0 then
      begin
        Delete(Paths, P, Length(Dir) + 1);
        Paths := Copy(Paths, 2, Length(Paths) - 2);
        RegWriteExpandStringValue(PathKeyRoot, PathKey, 'Path', Paths);
      end;
    end;
  end;
end;
