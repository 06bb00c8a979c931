; Inno Setup script: wraps the PyInstaller folder dist\mediation-desk in a Windows installer.
#define AppName "Mediation Desk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B0E4C5A-2F4B-4C55-9C7E-5D1B2A7F3E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Mediation Desk
DefaultDirName={autopf}\Mediation Desk
DefaultGroupName={#AppName}
OutputBaseFilename=mediation-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\mediation-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\mediation-desk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\mediation-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\mediation-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
