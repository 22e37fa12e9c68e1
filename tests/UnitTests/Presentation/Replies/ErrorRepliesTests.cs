using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class ErrorRepliesTests
{
    [Theory]
    [InlineData(Outcome.Unavailable, "❌ Docker did not answer")]
    [InlineData(Outcome.Failed, "❌ It did not work")]
    [InlineData(Outcome.Conflict, "❌ Not possible right now")]
    public void TitlesAFailureByWhatHappened(Outcome outcome, string title)
    {
        var reply = ErrorReplies.From([new Error(outcome, "Restoring `b1` on `mc` failed; rolled back to the safety backup.")]);

        reply.Messages[0].Embeds[0].Title.ShouldBe(title);
    }
}
