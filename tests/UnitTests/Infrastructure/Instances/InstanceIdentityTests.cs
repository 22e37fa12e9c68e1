using ServerStatus.Infrastructure.Instances;

namespace ServerStatus.UnitTests.Infrastructure.Instances;

public sealed class InstanceIdentityTests
{
    private const string Here = "31f69b75:4026531836";

    [Fact]
    public void NamesHostProcessAndPlace()
    {
        new InstanceIdentity("vm", 4242, Here, _ => true).Holder.ShouldMatch(@"^vm pid 4242 \([0-9a-f]{8}\) at 31f69b75:4026531836$");
        new InstanceIdentity("vm", 4242, null, _ => true).Holder.ShouldMatch(@"^vm pid 4242 \([0-9a-f]{8}\)$");
    }

    [Fact]
    public void TakesALeaseForGone_WhenItsProcessOnThisBootAndNamespaceNoLongerRuns()
    {
        var running = new HashSet<int> { 100, 200 };
        var me = new InstanceIdentity("vm", 200, Here, pid => running.Contains(pid));

        me.IsGonePredecessor($"vm pid 150 (0123abcd) at {Here}").ShouldBeTrue();
        me.IsGonePredecessor($"vm pid 100 (0123abcd) at {Here}").ShouldBeFalse("that process still runs");
        me.IsGonePredecessor($"vm pid 200 (0123abcd) at {Here}").ShouldBeFalse("another instance in this very process");
    }

    [Fact]
    public void TakesALeaseForGone_WhenThisContainerRestarted()
    {
        var me = new InstanceIdentity("c0ffee", 1, Here, _ => false);

        me.IsGonePredecessor("c0ffee pid 1 (0123abcd) at 31f69b75:4026532000").ShouldBeTrue();
        me.IsGonePredecessor("other pid 1 (0123abcd) at 31f69b75:4026532000").ShouldBeFalse("another container");
        me.IsGonePredecessor("c0ffee pid 7 (0123abcd) at 31f69b75:4026532000").ShouldBeFalse("not that container's first process");
    }

    [Theory]
    [InlineData("vm pid 150 (0123abcd) at 99999999:4026531836")] // another machine, or this one before a reboot we cannot see
    [InlineData("vm pid 150 (0123abcd) at 31f69b75:4026532000")] // another container of this machine
    [InlineData("vm pid 150 (0123abcd)")] // an older holder text
    [InlineData("the other instance")]
    public void LeavesEverythingElseToExpire(string holder) =>
        new InstanceIdentity("vm", 200, Here, _ => false).IsGonePredecessor(holder).ShouldBeFalse();

    [Fact]
    public void NeverTakesItsOwnLeaseOrOneItCannotPlace()
    {
        var me = new InstanceIdentity("vm", 200, Here, _ => false);
        var unplaced = new InstanceIdentity("vm", 200, null, _ => false);
        var unknown = new InstanceIdentity("vm", 200, Here, _ => null);

        me.IsGonePredecessor(me.Holder).ShouldBeFalse();
        unplaced.IsGonePredecessor($"vm pid 150 (0123abcd) at {Here}").ShouldBeFalse();
        unknown.IsGonePredecessor($"vm pid 150 (0123abcd) at {Here}").ShouldBeFalse();
    }
}
