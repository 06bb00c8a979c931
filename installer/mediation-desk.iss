; Inno Setup 6 script: wraps the PyInstaller folder dist\mediation-desk in a Windows installer.
; Built by .github/workflows/desktop-builds.yml:  iscc /DAppVersion=0.1.0 installer\mediation-desk.iss
;
; Per user, no administrator rights (a comune's office PC rarely grants them): the program goes to
; %LOCALAPPDATA%\Programs\Mediation Desk, the Start-menu entries to the user's own Start menu, the
; uninstall entry to HKEY_CURRENT_USER (Settings > Apps). The data is never the installer's: the
; database lives in %APPDATA%\MediationDesk and the window preferences in HKCU\Software\mediation-desk,
; both written by the app itself, so an uninstall or an upgrade leaves them where they are.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Mediation Desk"

[Setup]
AppId={{6B0E4C5A-2F4B-4C55-9C7E-5D1B2A7F3E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mediation Desk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\LICENSE
SetupIconFile=..\mediation_desk\resources\icons\mediation-desk.ico
UninstallDisplayIcon={app}\mediation-desk.exe
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=mediation-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: mediation-desk.exe (the window), mediation-desk-cli.exe (the commands)
Source: "..\dist\mediation-desk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; an upgrade replaces the program folder whole, so no module of the old version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\mediation-desk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\mediation-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\mediation-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what [Files] and [Icons] put in place.
