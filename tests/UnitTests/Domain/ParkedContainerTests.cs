using ServerStatus.Domain.Updates;

namespace ServerStatus.UnitTests.Domain;

public sealed class ParkedContainerTests
{
    [Fact]
    public void TheNameAnUpdateParksAContainerUnder_IsRecognisedAsParked_AndDiffersEachTime()
    {
        var first = ParkedContainer.NameFor("mc");
        var second = ParkedContainer.NameFor("mc");

        first.ShouldMatch("^mc-old-[0-9a-f]{12}$");
        first.ShouldNotBe(second);
        ParkedContainer.IsParked(first).ShouldBeTrue();
        ParkedContainer.IsParked("/" + first).ShouldBeTrue(); // as the engine's list names it
    }

    [Theory]
    [InlineData("mc")]
    [InlineData("mc-old")]
    [InlineData("mc-old-0123456789")]
    [InlineData("mc-old-0123456789AB")]
    [InlineData("mc-old-0123456789ab-2")]
    public void AnyOtherName_IsAServerOfItsOwn(string name) => ParkedContainer.IsParked(name).ShouldBeFalse();
}
