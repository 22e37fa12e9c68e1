using ServerStatus.Application.Logging;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Logging;

public sealed class TrimLogsHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryLogDirectory _directory = new();

    private async Task<LogTrimReport> TrimAsync(long budgetKb) =>
        (await new TrimLogsHandler(_directory).Handle(new TrimLogs(budgetKb), CancellationToken.None)).Value;

    [Fact]
    public async Task DeletesOldestFirst_UntilTheDirectoryFitsItsBudget()
    {
        _directory.Add("latest_001.log", 100, Now.AddHours(-3));
        _directory.Add("latest_002.log", 100, Now.AddHours(-2));
        _directory.Add("latest_003.log", 100, Now.AddHours(-1));
        _directory.Add("latest_004.log", 50, Now, active: true);

        var report = await TrimAsync(budgetKb: 200);

        report.Deleted.ShouldBe(["latest_001.log", "latest_002.log"]);
        report.RemainingBytes.ShouldBe(150 * 1024);
        report.WithinBudget.ShouldBeTrue();
        _directory.Names.ShouldBe(["latest_003.log", "latest_004.log"]);
    }

    [Fact]
    public async Task DeletesNothing_WhenTheDirectoryFitsAlready()
    {
        _directory.Add("latest_001.log", 10, Now.AddHours(-1));
        _directory.Add("latest.log", 10, Now, active: true);

        var report = await TrimAsync(budgetKb: 100);

        report.Deleted.ShouldBeEmpty();
        report.WithinBudget.ShouldBeTrue();
    }

    [Fact]
    public async Task NeverTouchesTheFileBeingWritten_EvenWhenItAloneExceedsTheBudget()
    {
        _directory.Add("latest_001.log", 10, Now.AddHours(-6));
        _directory.Add("latest.log", 500, Now.AddHours(-5), active: true);

        var report = await TrimAsync(budgetKb: 100);

        report.Deleted.ShouldBe(["latest_001.log"]);
        report.WithinBudget.ShouldBeFalse();
        _directory.Names.ShouldBe(["latest.log"]);
    }

    [Fact]
    public async Task SkipsAFileThatCannotBeDeleted_AndGoesOnWithTheNextOldest()
    {
        _directory.Add("latest_001.log", 100, Now.AddHours(-3));
        _directory.Add("latest_002.log", 100, Now.AddHours(-2));
        _directory.Add("latest.log", 10, Now, active: true);
        _directory.Undeletable.Add("latest_001.log");

        var report = await TrimAsync(budgetKb: 150);

        report.Deleted.ShouldBe(["latest_002.log"]);
        report.RemainingBytes.ShouldBe(110 * 1024);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(104_857_600, true)]
    [InlineData(104_857_601, false)]
    public void ValidatesTheBudget(long budgetKb, bool valid) =>
        new TrimLogsValidator().Validate(new TrimLogs(budgetKb)).IsValid.ShouldBe(valid);
}
