using System.Security.Cryptography;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;

namespace ServerStatus.Infrastructure.Permissions;

/// <summary>Reads a legacy <c>permissions.json</c> from disk, hashes its bytes (SHA-256) and parses it.</summary>
public sealed class LegacyPermissionsFileReader : ILegacyPermissionsSource
{
    /// <summary>Far above any real permissions file; keeps a wrong path (a disk image, a log) from being read into memory.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public async Task<Result<LegacyPermissionsFile>> ReadAsync(string path, CancellationToken ct)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Error.Invalid($"`{path}` is not a usable file path: {ex.Message}", path);
        }

        byte[] bytes;
        try
        {
            if (Directory.Exists(fullPath))
            {
                return Error.Unavailable($"{fullPath} is a directory, not a legacy permissions file.", fullPath);
            }

            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return Error.NotFound($"No legacy permissions file at {fullPath}.", fullPath);
            }

            if (info.Length > MaxFileBytes)
            {
                return Error.Invalid($"{fullPath} is {info.Length} bytes, more than a permissions file can be ({MaxFileBytes} bytes).", fullPath);
            }

            bytes = await File.ReadAllBytesAsync(fullPath, ct);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Error.NotFound($"No legacy permissions file at {fullPath}.", fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error.Unavailable($"Cannot read {fullPath}: {ex.Message}", fullPath);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return LegacyPermissionsParser.Parse(fullPath, hash, bytes);
    }
}
