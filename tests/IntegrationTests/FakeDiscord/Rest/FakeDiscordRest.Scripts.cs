namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

// Scripted answers: the failures a test asks for (429s, 5xx, Discord errors, hangs) before any other processing.
public sealed partial class FakeDiscordRest
{
    private readonly List<Script> _scripts = [];

    /// <summary>Answers the next <paramref name="times"/> requests matching method and template (<c>"*"</c> matches any) with <paramref name="response"/>.</summary>
    public void Enqueue(string method, string template, FakeResponse response, int times = 1)
    {
        lock (_sync)
        {
            _scripts.Add(new Script(method, template, response, times));
        }
    }

    private sealed class Script(string method, string template, FakeResponse response, int times)
    {
        public string Method { get; } = method;

        public string Template { get; } = template;

        public FakeResponse Response { get; } = response;

        public int Remaining { get; set; } = times;
    }
}
