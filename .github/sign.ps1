# Sign a file with signtool and an RFC 3161 timestamp, when the release has a certificate.
# Usage: sign.ps1 <file>. Reads CERTIFICATE (a base64 .pfx) and CERTIFICATE_PASSWORD.
param([Parameter(Mandatory = $true)][string]$File)
$ErrorActionPreference = "Stop"
if (-not $env:CERTIFICATE) {
    Write-Output "No signing certificate (secret WINDOWS_CERTIFICATE): $File stays unsigned."
    exit 0
}
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found in the Windows 10 SDK" }
$pfx = Join-Path $env:RUNNER_TEMP "signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:CERTIFICATE))
try {
    & $signtool.FullName sign /f $pfx /p $env:CERTIFICATE_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 /d "Báo cáo 156" $File
    if ($LASTEXITCODE -ne 0) { throw "signing $File failed" }
    & $signtool.FullName verify /pa $File
    if ($LASTEXITCODE -ne 0) { throw "the signature of $File does not verify" }
} finally {
    Remove-Item $pfx -ErrorAction SilentlyContinue
}
