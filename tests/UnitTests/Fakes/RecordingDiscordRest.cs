using DiscordApi.Commands;
using DiscordApi.Guilds;
using DiscordApi.Messages;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>
/// The message calls of reply targets, recorded as one readable line each (<c>create reply: text</c>,
/// <c>edit 1: text</c>, <c>typing</c>, <c>defer</c>, <c>edit original: text</c>); answers at once.
/// With <see cref="FailEdits"/>, message edits fail as Discord would refuse them; <see cref="Failures"/> makes the next
/// calls fail as given.
/// </summary>
public sealed class RecordingDiscordRest : IDiscordRest
{
    private readonly List<string> _calls = [];
    private ulong _nextId;

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public bool FailEdits { get; set; }

    /// <summary>Each message edit takes the next one and fails with it (recorded with <c> failed</c>).</summary>
    public Queue<Exception> EditFailures { get; } = new();

    /// <summary>Each call that sends a message takes the next one and fails with it (recorded with <c> failed</c>).</summary>
    public Queue<Exception> Failures { get; } = new();

    /// <summary>The last message a call sent (or tried to).</summary>
    public OutgoingMessage? LastMessage { get; private set; }

    /// <summary>Runs while a message is being created, before Discord's answer (e.g. to stop the caller meanwhile).</summary>
    public Action? WhileCreating { get; set; }

    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, OutgoingMessage message, CancellationToken ct)
    {
        WhileCreating?.Invoke();
        return Answer($"create{(message.Reference is null ? "" : " reply")}", message, channelId);
    }

    public Task<DiscordMessage> SendDirectMessageAsync(ulong userId, OutgoingMessage message, CancellationToken ct) => Answer("dm", message, channelId: 0);

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, OutgoingMessage message, CancellationToken ct)
    {
        LastMessage = message;
        if (EditFailures.TryDequeue(out var failure))
        {
            Record($"edit {messageId} failed");
            return Task.FromException<DiscordMessage>(failure);
        }

        Record($"edit {messageId}{(FailEdits ? " refused" : "")}: {message.Content}");
        return FailEdits
            ? Task.FromException<DiscordMessage>(new DiscordApiException(DiscordErrorKind.NotFound, "Unknown Message"))
            : Task.FromResult(new DiscordMessage(messageId, channelId, message.Content ?? "", null));
    }

    public Task TriggerTypingAsync(ulong channelId, CancellationToken ct)
    {
        Record("typing");
        return Task.CompletedTask;
    }

    public Task RespondToInteractionAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken ct)
    {
        Record(response.Type == InteractionResponseType.DeferredChannelMessageWithSource ? "defer" : $"respond: {response.Message?.Content}");
        return Task.CompletedTask;
    }

    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct) =>
        Answer("edit original", message, channelId: 0);

    public Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct) =>
        Answer("follow-up", message, channelId: 0);

    public Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        Record($"delete {messageId}");
        return Task.CompletedTask;
    }

    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();

    public Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();

    public Task<ulong> GetDmChannelAsync(ulong userId, CancellationToken ct) => throw new NotSupportedException();


    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken ct) => throw new NotSupportedException();

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken ct) => throw new NotSupportedException();

    public Task<DiscordGuildMember> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct) => throw new NotSupportedException();

    public Task<DiscordGuild> GetGuildAsync(ulong guildId, CancellationToken ct) => throw new NotSupportedException();

    public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<RegisteredCommand>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<RegisteredCommand>> OverwriteCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> SyncCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) => throw new NotSupportedException();

    public Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, OutgoingMessage message, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task DeleteFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken ct) => throw new NotSupportedException();

    private Task<DiscordMessage> Answer(string call, OutgoingMessage message, ulong channelId)
    {
        LastMessage = message;
        if (Failures.TryDequeue(out var failure))
        {
            Record($"{call} failed: {message.Content}");
            return Task.FromException<DiscordMessage>(failure);
        }

        Record($"{call}: {message.Content}");
        return Task.FromResult(new DiscordMessage(Interlocked.Increment(ref _nextId), channelId, message.Content ?? "", null));
    }

    private void Record(string call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }
}
