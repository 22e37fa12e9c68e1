using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Servers;

/// <summary>Two real engines on this machine (scripts/test.sh starts the second one).</summary>
public sealed class MultiEngineTests : AppTestBase
{
    private string _localMc = "";
    private string _remoteMc = "";

    protected override async Task BeforeStartAsync()
    {
        _localMc = await Sandbox.CreateServerAsync("mc");
        _remoteMc = await Sandbox.CreateServerAsync("mc", engine: TestEngines.Secondary);
        await Sandbox.CreateServerAsync("proxy", engine: TestEngines.Secondary);
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Docker:Engines:1:Name"] = "eu1";
        settings["Docker:Engines:1:Endpoint"] = TestEngines.Secondary.ToString();
    }

    [Fact]
    public async Task ListsTheServersOfBothEngines_InOneOverview()
    {
        var result = await App.SendAsync(TestApp.Admin, new GetServerStatus([]));

        result.Value.ShouldBeOfType<StatusOverview>().Servers.Select(s => s.Id.QualifiedName)
            .ShouldBe(["eu1/mc", "local/mc", "eu1/proxy"]);
    }

    [Fact]
    public async Task AsksForTheEngine_WhenANameExistsOnBoth()
    {
        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["mc"]));

        var line = result.Value.Servers.ShouldHaveSingleItem();
        line.Outcome.ShouldBe(Outcome.Invalid);
        line.Message.ShouldBe("`mc` exists on several engines: write `eu1/mc` or `local/mc`.");
    }

    [Fact]
    public async Task RestartsOnlyTheNamedEnginesServer_WhenQualified()
    {
        var localBefore = (await Sandbox.StateAsync(_localMc)).StartedAt;
        var remoteBefore = (await Sandbox.StateAsync(_remoteMc, TestEngines.Secondary)).StartedAt;

        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["eu1/mc"]));

        result.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
        (await Sandbox.StateAsync(_localMc)).StartedAt.ShouldBe(localBefore);
        (await Sandbox.StateAsync(_remoteMc, TestEngines.Secondary)).StartedAt.ShouldNotBe(remoteBefore);
    }

    [Fact]
    public async Task NeedsNoEngineName_WhenTheNameIsUnique()
    {
        var result = await App.SendAsync(TestApp.Admin, new RunPowerAction(PowerAction.Restart, ["proxy"]));

        result.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
    }

    [Fact]
    public async Task ResolvesWithoutEngineName_WhenTheUserMaySeeOnlyOneOfTheTwins()
    {
        await App.GrantAsync(Subject.User(31), Permission.Restart, "local/mc");

        var result = await App.SendAsync(TestApp.User(31), new RunPowerAction(PowerAction.Restart, ["mc"]));

        result.Value.Servers.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Ok);
    }
}
