using System.Reflection;
using Mediator;
using ServerStatus.Application.Backups.GetBackupScheduleJobs;
using ServerStatus.Application.Bot.GetActorRights;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Servers.Common;
using ServerStatus.Application.Servers.SuggestServers;
using ServerStatus.Domain.Audit;

namespace ServerStatus.UnitTests.Architecture;

/// <summary>Every message is either audited under its own command name or marked as not a command.</summary>
public sealed class AuditCoverageTests
{
    private static readonly Assembly Application = typeof(ServerResolver).Assembly;

    private static IEnumerable<Type> Messages() =>
        Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void GivesEveryAuditedMessageItsOwnCommandName()
    {
        var names = Messages().Where(t => !typeof(INotAudited).IsAssignableFrom(t)).Select(t => AuditCommandNames.FromTypeName(t.Name)).ToList();

        names.ShouldNotBeEmpty();
        names.ShouldBeUnique();
        names.ShouldAllBe(n => n.Length > 0 && n.Length <= AuditEntry.CommandMaxLength);
    }

    [Fact]
    public void LeavesOnlyAutocompleteHelpRightsAndStartUpReadsUnaudited()
    {
        var unaudited = Messages().Where(t => typeof(INotAudited).IsAssignableFrom(t)).Select(t => t.Name).Order(StringComparer.Ordinal);

        unaudited.ShouldBe([nameof(GetActorRights), nameof(GetBackupScheduleJobs), nameof(SuggestServers)]);
    }

    [Fact]
    public void RecordsTheServersOfEveryMessageThatNamesThem()
    {
        var naming = Messages().Where(t => t.GetProperty("Names")?.PropertyType == typeof(IReadOnlyList<string>));

        naming.Where(t => !typeof(INamesServers).IsAssignableFrom(t) && !typeof(IAuditable).IsAssignableFrom(t)).Select(t => t.Name).ShouldBeEmpty();
    }
}
