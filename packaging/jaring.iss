; Inno Setup 6 script: the Windows installer for Jaring.
;
; Built on Windows only, after the one-folder build (dist\jaring\):
;     python packaging\build.py --self-test --installer
; or by hand:
;     python packaging\build.py
;     iscc /DAppVersion=0.1.0 packaging\jaring.iss
; The result is dist\Jaring-<version>-setup.exe. See docs/panduan-it-kabupaten.md.
;
; Per-user install (no administrator rights needed, as on most village PCs): the program goes to
; %LOCALAPPDATA%\Programs\Jaring, shortcuts to the user's Start menu and desktop. The data
; (%APPDATA%\Jaring: database, backups, log) is not installed by this script, so uninstalling
; never removes it; a reinstall or an update finds the register as it was.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Jaring"
#define AppExe "jaring.exe"
#define SourceDir "..\dist\jaring"

[Setup]
; A fixed AppId: updates replace the installed version instead of installing beside it.
AppId={{7C1E9B52-4A0D-4F7E-9C3B-5D2A86E4F1A7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pemerintah Kabupaten Serang
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Jaring-{#AppVersion}-setup
SetupIconFile=..\resources\icons\jaring.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Closes a running Jaring before files are replaced (an update while it is open).
CloseApplications=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder. No "portable" marker is ever installed: an installed Jaring
; keeps its data in %APPDATA%\Jaring.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\docs\panduan-desa.md"; DestDir: "{app}\panduan"; Flags: ignoreversion skipifsourcedoesntexist
Source: "..\docs\panduan-kabupaten.md"; DestDir: "{app}\panduan"; Flags: ignoreversion skipifsourcedoesntexist
Source: "..\docs\img\*.png"; DestDir: "{app}\panduan\img"; Flags: ignoreversion skipifsourcedoesntexist

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder; never %APPDATA%\Jaring.
Type: filesandordirs; Name: "{app}\__pycache__"
