using System.Diagnostics;
using System.Text;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// Checks recorded request bodies against Discord's OpenAPI spec with the Node script in FakeDiscord/Rest/spec (guide
/// 7.4). Gated: it needs <c>node</c> and <c>npm ci</c> in that folder; with <c>SERVERSTATUS_SPEC_CHECK=required</c>
/// (scripts/test.sh) a missing one fails the test instead.
/// </summary>
public static class SpecCheck
{
    /// <summary>The script's output when it ran (the test fails when it found a problem); null when it could not run here.</summary>
    public static async Task<string?> RunAsync(FakeDiscordRest fake, IEnumerable<FakeRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var node = FindOnPath("node");
        var specDir = FindSpecDirectory();
        if (node is null || specDir is null || !Directory.Exists(Path.Combine(specDir, "node_modules", "discord-api-spec")))
        {
            Environment.GetEnvironmentVariable("SERVERSTATUS_SPEC_CHECK").ShouldNotBe("required", "scripts/test.sh installed the schemas, so the spec check must run");
            return null;
        }

        var recording = Path.Combine(Path.GetTempPath(), $"fake-discord-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(recording, fake.ExportJsonLines(requests), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        try
        {
            var start = new ProcessStartInfo(node) { WorkingDirectory = specDir };
            start.ArgumentList.Add(Path.Combine(specDir, "check-bodies.mjs"));
            start.ArgumentList.Add(recording);
            var (exitCode, output, errors) = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
            exitCode.ShouldBe(0, output + errors);
            return output + errors;
        }
        finally
        {
            File.Delete(recording);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string? FindSpecDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "IntegrationTests", "FakeDiscord", "Rest", "spec");
            if (File.Exists(Path.Combine(candidate, "check-bodies.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }
}
