using System.Text.Json;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Infrastructure.Permissions;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="LegacyPermissionsSourceContract"/> for the file reader on real files in a temporary directory of each fact.</summary>
public sealed class LegacyPermissionsFileReaderContractTests : LegacyPermissionsSourceContract, IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-legacy-contract-");
    private int _files;

    protected override ILegacyPermissionsSource Source { get; } = new LegacyPermissionsFileReader();

    public void Dispose() => _directory.Delete(recursive: true);

    protected override async Task<string> WriteFileAsync(string server, string permission, IReadOnlyList<ulong> users, IReadOnlyList<ulong> admins)
    {
        // The old bot's layout: {"servers":[{"name":"mc","status":[ids]}],"users":{"admins":[ids]}}, ids as strings.
        var content = new Dictionary<string, object>
        {
            ["servers"] = new[] { new Dictionary<string, object> { ["name"] = server, [permission] = users.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)) } },
            ["users"] = new Dictionary<string, object> { ["admins"] = admins.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        };
        var path = NewPath();
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(content, Indented));
        return path;
    }

    protected override Task<string> UnreadableAsync()
    {
        var path = NewPath();
        Directory.CreateDirectory(path);
        return Task.FromResult(path);
    }

    private string NewPath() => Path.Combine(_directory.FullName, $"permissions-{++_files}.json");
}
