using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.TestSupport.Contracts;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Contracts;

public sealed class InMemoryLegacyPermissionsSourceContractTests : LegacyPermissionsSourceContract
{
    private readonly InMemoryLegacyPermissionsSource _source = new();
    private int _files;

    protected override ILegacyPermissionsSource Source => _source;

    protected override Task<string> WriteFileAsync(string server, string permission, IReadOnlyList<ulong> users, IReadOnlyList<ulong> admins)
    {
        var path = NewPath();
        var content = string.Join(' ', [server, permission, .. users, "|", .. admins]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        _source.Put(new LegacyPermissionsFile(path, hash, [.. users.Select((user, i) => new LegacyGrantEntry(user, permission, server, i + 1))], admins, []));
        return Task.FromResult(path);
    }

    protected override Task<string> UnreadableAsync()
    {
        var path = NewPath();
        _source.Fail(path, Error.Unavailable($"{path} is a directory, not a legacy permissions file.", path));
        return Task.FromResult(path);
    }

    private string NewPath() => string.Create(CultureInfo.InvariantCulture, $"/srv/legacy/{++_files}/permissions.json");
}
