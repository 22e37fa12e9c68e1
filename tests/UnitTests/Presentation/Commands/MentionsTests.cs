using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("<@123456789012345678>", SubjectKind.User)]
    [InlineData("<@!123456789012345678>", SubjectKind.User)]
    [InlineData("<@&123456789012345678>", SubjectKind.Role)]
    [InlineData("123456789012345678", SubjectKind.User)]
    public void ReadsUserAndRoleMentions(string text, SubjectKind kind)
    {
        Mentions.TryParseSubject(text, out var subject).ShouldBeTrue();

        subject.ShouldBe(new Subject(kind, 123456789012345678));
    }

    [Theory]
    [InlineData("@everyone")]
    [InlineData("<#123456789012345678>")]
    [InlineData("12")]
    [InlineData("<@abc>")]
    [InlineData("<@99999999999999999999999>")]
    [InlineData("<@123456789012345678>\n")]
    [InlineData("<@&123456789012345678>\n")]
    [InlineData("123456789012345678\n")]
    public void RejectsWhatIsNotAUserOrRole(string text)
    {
        Mentions.TryParseSubject(text, out _).ShouldBeFalse();
    }
}
