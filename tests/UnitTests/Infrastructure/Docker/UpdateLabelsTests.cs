using ServerStatus.Domain.Updates;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

public sealed class UpdateLabelsTests
{
    [Theory]
    [InlineData("never", UpdatePolicy.Never)]
    [InlineData("notify", UpdatePolicy.Notify)]
    [InlineData(" Auto ", UpdatePolicy.Auto)]
    [InlineData("NEVER", UpdatePolicy.Never)]
    public void ReadsThePolicy(string value, UpdatePolicy policy)
    {
        var labels = new Dictionary<string, string> { [UpdateLabels.Update] = value };

        UpdateLabels.Policy(labels).ShouldBe(policy);
        UpdateLabels.Unusable(labels).ShouldBeEmpty();
    }

    [Fact]
    public void NotifiesByDefault()
    {
        UpdateLabels.Policy(null).ShouldBe(UpdatePolicy.Notify);
        UpdateLabels.Policy(new Dictionary<string, string> { ["other"] = "never" }).ShouldBe(UpdatePolicy.Notify);
    }

    [Fact]
    public void TreatsAnUnknownValueAsNotify_AndSaysSo()
    {
        var labels = new Dictionary<string, string> { [UpdateLabels.Update] = "weekly" };

        UpdateLabels.Policy(labels).ShouldBe(UpdatePolicy.Notify);
        var (label, value, reason) = UpdateLabels.Unusable(labels).ShouldHaveSingleItem();
        (label, value).ShouldBe((UpdateLabels.Update, "weekly"));
        reason.ShouldContain("`notify`");
    }
}
