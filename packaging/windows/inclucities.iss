; Inno Setup script for the Windows installer (Inno Setup 6). Build the bundle first with
; `make package` on Windows, then: iscc /DAppVersion=0.1.0 packaging\windows\inclucities.iss
; Municipal IT can deploy it silently: IncluCities-Setup-0.1.0.exe /VERYSILENT /ALLUSERS
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "IncluCities"

[Setup]
; Keep this AppId for every release: Windows recognises upgrades by it.
AppId={{6F0F3E8C-5B47-4D0E-9C8A-2E7B1C4A9D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=IncluCities Desktop team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights, or for all users when IT runs it elevated.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=IncluCities-Setup-{#AppVersion}
SetupIconFile=..\..\build\icons\inclucities.ico
UninstallDisplayIcon={app}\IncluCities.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; LicenseFile=..\licenses\EUPL-1.2.txt once the EUPL text is in the repository
; (packaging/licenses/README.md); the LGPL texts travel in {app}\_internal\licenses.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
; Inno Setup 6 has no official Greek or Latvian messages: those users see English setup
; pages (the app itself is translated).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\IncluCities\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\IncluCities.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\IncluCities.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\IncluCities.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
