using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// The recording of every request, for assertions, waiting and the spec check.
public sealed partial class FakeDiscordRest
{
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(Func<FakeRequest, bool> Predicate, TaskCompletionSource<FakeRequest> Done)> _waiters = [];
    private long _sequence;

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_sync)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Returns the first request (already received or still to come) that matches, or throws <see cref="TimeoutException"/>.</summary>
    public async Task<FakeRequest> WaitForRequestAsync(Func<FakeRequest, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        TaskCompletionSource<FakeRequest> done;
        lock (_sync)
        {
            if (_requests.FirstOrDefault(predicate) is { } existing)
            {
                return existing;
            }

            done = new TaskCompletionSource<FakeRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout, _time);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching request within {timeout}. Received: {string.Join("; ", Requests)}");
        }
    }

    /// <summary>
    /// Every request as one JSON line <c>{method, template, body}</c>, the input of a schema check against Discord's
    /// OpenAPI spec (see the implementer's guide, section 7.4); only <paramref name="requests"/> when given.
    /// </summary>
    public string ExportJsonLines(IEnumerable<FakeRequest>? requests = null) => string.Join('\n', (requests ?? Requests).Select(r => new JsonObject
    {
        ["method"] = r.Method.ToLowerInvariant(),
        ["template"] = "/" + r.Template,
        ["body"] = r.Json?.DeepClone(),
    }.ToJsonString()));

    public IReadOnlyList<FakeRequest> RequestsTo(string method, string template) =>
        [.. Requests.Where(r => r.Method == method && r.Template == template)];
}
