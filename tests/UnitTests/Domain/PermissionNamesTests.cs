using ServerStatus.Domain.Permissions;

namespace ServerStatus.UnitTests.Domain;

public sealed class PermissionNamesTests
{
    [Theory]
    [InlineData("status", Permission.Status)]
    [InlineData("RESTART", Permission.Restart)]
    [InlineData("all", Permission.All)]
    [InlineData("get_logs", Permission.Logs)]
    [InlineData("list_backups", Permission.Backup)]
    public void ParsesCurrentAndLegacyNames(string name, Permission expected)
    {
        PermissionNames.TryParse(name, out var parsed).ShouldBeTrue();

        parsed.ShouldBe(expected);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsUnknownNames(string? name)
    {
        PermissionNames.TryParse(name, out _).ShouldBeFalse();
    }

    [Fact]
    public void DescribesASetByItsSingleNames()
    {
        PermissionNames.Describe(Permission.Status | Permission.Restart).ShouldBe("status, restart");
        PermissionNames.Describe(Permission.All).ShouldBe("all");
        PermissionNames.Canonical.Count.ShouldBe(12);
    }
}
