namespace ServerStatus.Application.Watch;

/// <summary>The engines' container event streams: one stream per engine, resumable from a point in time.</summary>
public interface IContainerEvents
{
    /// <summary>The configured engines, by name.</summary>
    IReadOnlyList<string> Engines { get; }

    /// <summary>
    /// The container events of <paramref name="engine"/> that concern servers, oldest first: from
    /// <paramref name="sinceNanos"/> on (inclusive, so the caller de-duplicates events of that very instant), or from
    /// now when null, until <paramref name="ct"/> is cancelled. Throws <see cref="EventStreamBrokenException"/> when
    /// the engine cannot be reached or the stream breaks; the caller resumes from the last event it saw.
    /// </summary>
    IAsyncEnumerable<ContainerEvent> FollowAsync(string engine, long? sinceNanos, CancellationToken ct);
}

/// <summary>The engine could not be reached, or its event stream broke; the message is fit to show users.</summary>
public sealed class EventStreamBrokenException(string engine, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Engine { get; } = engine;
}
