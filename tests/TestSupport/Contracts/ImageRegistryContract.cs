using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IImageRegistry"/>: what a server runs (its reference as created, the image's
/// repo digest in that repository, its creation date, its update label) and the registry's digest of the reference;
/// an image made on the engine has no repo digest; a reference the registry does not know and a missing server are
/// "not found", never exceptions.
/// </summary>
public abstract class ImageRegistryContract
{
    protected abstract IImageRegistry Registry { get; }

    /// <summary>A server created from v1 of a reference whose registry has since got v2 under the same tag.</summary>
    protected abstract Task<(ServerId Server, string Reference)> ServerBehindItsRegistryAsync(string name, UpdatePolicy policy);

    /// <summary>A server whose image was made on its engine (imported), never pulled from or pushed to a registry.</summary>
    protected abstract Task<ServerId> ServerOfALocalImageAsync(string name);

    /// <summary>A reference in a registry that answers but does not have it.</summary>
    protected abstract string UnknownReference { get; }

    [Fact]
    public async Task TellsWhatTheServerRuns_AndTheRegistrysNewerDigest()
    {
        var (server, reference) = await ServerBehindItsRegistryAsync("behind", UpdatePolicy.Never);

        var running = await Registry.GetRunningImageAsync(server, default);
        var registry = await Registry.GetRegistryImageAsync(server.Engine, reference, default);

        running.IsSuccess.ShouldBeTrue(running.IsSuccess ? "" : running.Errors[0].Message);
        (running.Value.Reference, running.Value.Policy, running.Value.Created.HasValue).ShouldBe((reference, UpdatePolicy.Never, true));
        var runningDigest = UpdateComparison.RunningDigestFor(reference, running.Value.RepoDigests).ShouldNotBeNull();
        registry.IsSuccess.ShouldBeTrue(registry.IsSuccess ? "" : registry.Errors[0].Message);
        registry.Value.Digest.ShouldStartWith("sha256:");
        registry.Value.Digest.ShouldNotBe(runningDigest);
    }

    [Fact]
    public async Task HasNoRepoDigest_ForAnImageMadeOnTheEngine()
    {
        var server = await ServerOfALocalImageAsync("local-image");

        var running = await Registry.GetRunningImageAsync(server, default);

        running.Value.RepoDigests.ShouldBeEmpty();
        running.Value.Policy.ShouldBe(UpdatePolicy.Notify);
    }

    [Fact]
    public async Task AnswersNotFound_ForAnUnknownReferenceAndAMissingServer()
    {
        var server = await ServerOfALocalImageAsync("present");

        var unknown = await Registry.GetRegistryImageAsync(server.Engine, UnknownReference, default);
        var gone = "gone-" + Guid.NewGuid().ToString("N");
        var missing = await Registry.GetRunningImageAsync(server with { ContainerId = gone, Name = gone }, default);

        unknown.Outcome.ShouldBe(Outcome.NotFound);
        unknown.Errors[0].Message.ShouldContain("manifest unknown");
        missing.Outcome.ShouldBe(Outcome.NotFound);
    }
}
