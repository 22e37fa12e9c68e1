using System.Reflection;
using System.Runtime.CompilerServices;
using Mediator;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RestoreBackup;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.UnitTests.Architecture;

/// <summary>
/// Every message is either audited under its own command name or marked as not a command, and every server-scoped
/// message needs one permission whatever it is asked to do. A message that carries an enum (the action of
/// <see cref="RunPowerAction"/>) is checked once per value of it, as the audit behavior and the authorization see it.
/// </summary>
public sealed class AuditCoverageTests
{
    private static readonly Assembly Application = typeof(ServerResolver).Assembly;

    private static IEnumerable<Type> Messages() =>
        Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void GivesEveryAuditedMessageItsOwnCommandName()
    {
        // A check before a confirmation is audited under the name of the command it checks (data it carries).
        var names = Messages().Where(t => !typeof(INotAudited).IsAssignableFrom(t) && !typeof(IAuditedOnlyWhenRefused).IsAssignableFrom(t))
            .SelectMany(Variants).Select(RecordedName).ToList();

        names.ShouldContain("restart");
        names.ShouldBeUnique();
        names.ShouldAllBe(n => n.Length > 0 && n.Length <= AuditEntry.CommandMaxLength);
    }

    [Fact]
    public void LeavesOnlyAutocompleteHelpRightsStartUpReadsCardRefreshesAndTheWatchUnaudited()
    {
        var unaudited = Messages().Where(t => typeof(INotAudited).IsAssignableFrom(t)).Select(t => t.Name).Order(StringComparer.Ordinal);

        // The watch's messages carry engine events and incident bookkeeping, and the every-minute maintenance sweep would
        // write 1440 rows a day: nobody ran them, and what they change is posted in the alert channel and logged.
        unaudited.ShouldBe([
            nameof(BeginEventWatch), nameof(EndDueMaintenance), nameof(GetActorRights), nameof(GetBackupScheduleJobs), nameof(ServerStatus.Application.Board.GetBoardContents), nameof(GetIncident),
            nameof(HasUnfinishedUpdates), nameof(ListInterruptedRestores), nameof(ObserveContainerEvent), nameof(ObserveEngineHealth),
            nameof(RefreshServerCard), nameof(RepublishUnpostedIncidents), nameof(SuggestServers)]);
    }

    [Fact]
    public void RecordsTheServersOfEveryMessageThatNamesThem()
    {
        var naming = Messages().Where(t => t.GetProperty("Names")?.PropertyType == typeof(IReadOnlyList<string>));

        naming.Where(t => !typeof(INamesServers).IsAssignableFrom(t) && !typeof(IAuditable).IsAssignableFrom(t)).Select(t => t.Name).ShouldBeEmpty();
    }

    [Fact]
    public void RequiresOnePermission_ForEveryValueOfTheActionOfEachServerScopedMessage()
    {
        // Autocomplete carries the permission it suggests for as data (a settable Required): nothing to derive there.
        var required = Messages().Where(t => typeof(IServerScoped).IsAssignableFrom(t) && t.GetProperty(nameof(IServerScoped.Required))?.CanWrite == false)
            .SelectMany(Variants)
            .Select(message => (Message: message, Required: RequiredOf(message)))
            .ToList();

        required.Where(r => r.Required is not { } permission || !IsOnePermission(permission))
            .Select(r => $"{r.Message.GetType().Name} {Describe(r.Message)}: {r.Required?.ToString() ?? "throws"}")
            .ShouldBeEmpty();
        required.Where(r => r.Message is RunPowerAction).Select(r => r.Required).ShouldBe([Permission.Start, Permission.Stop, Permission.Restart, Permission.Kill]);
    }

    /// <summary>
    /// One uninitialized instance per combination of the values of the message's enum-typed properties (none: one
    /// instance). A permission the message carries as data is not an action.
    /// </summary>
    private static IEnumerable<object> Variants(Type type)
    {
        var actions = type.GetProperties().Where(p => p.PropertyType.IsEnum && p.CanWrite && p.PropertyType != typeof(Permission)).ToList();
        var combinations = actions.Aggregate<PropertyInfo, IEnumerable<object[]>>([[]],
            (chosen, action) => chosen.SelectMany(_ => Enum.GetValues(action.PropertyType).Cast<object>(), (values, value) => (object[])[.. values, value]));
        foreach (var values in combinations)
        {
            var message = RuntimeHelpers.GetUninitializedObject(type);
            for (var i = 0; i < actions.Count; i++)
            {
                actions[i].SetValue(message, values[i]);
            }

            yield return message;
        }
    }

    private static string RecordedName(object message) =>
        message is IHasAuditName named ? named.AuditCommand : AuditCommandNames.FromTypeName(message.GetType().Name);

    private static Permission? RequiredOf(object message)
    {
        try
        {
            return ((IServerScoped)message).Required;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsOnePermission(Permission permission) => permission != Permission.None && ((int)permission & ((int)permission - 1)) == 0;

    private static string Describe(object message) =>
        string.Join(", ", message.GetType().GetProperties().Where(p => p.PropertyType.IsEnum).Select(p => $"{p.Name}={p.GetValue(message)}"));
}
