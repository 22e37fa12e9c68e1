using ServerStatus.Application.Updates;
using ServerStatus.Domain.Updates;

namespace ServerStatus.UnitTests.Application.Updates;

public sealed class UpdateComparisonTests
{
    [Theory]
    [InlineData("127.0.0.1:5000/test/game:latest", "127.0.0.1:5000/test/game")]
    [InlineData("127.0.0.1:5000/test/game", "127.0.0.1:5000/test/game")]
    [InlineData("nginx", "nginx")]
    [InlineData("nginx:1.27", "nginx")]
    [InlineData("docker.io/library/nginx:latest", "nginx")]
    [InlineData("library/nginx", "nginx")]
    [InlineData("docker.io/itzg/minecraft-server:java21", "itzg/minecraft-server")]
    [InlineData("ghcr.io/owner/app@sha256:abc", "ghcr.io/owner/app")]
    public void NamesTheRepositoryOfAReference_AsTheEngineWritesIt(string reference, string repository) =>
        UpdateComparison.RepositoryOf(reference).ShouldBe(repository);

    [Fact]
    public void FindsTheDigestOfTheReferencesRepository_AmongTheImagesRepoDigests()
    {
        string[] digests = ["other/app@sha256:1111", "nginx@sha256:2222"];

        UpdateComparison.RunningDigestFor("docker.io/library/nginx:latest", digests).ShouldBe("sha256:2222");
        UpdateComparison.RunningDigestFor("127.0.0.1:5000/test/game:latest", digests).ShouldBeNull();
        UpdateComparison.RunningDigestFor("nginx", []).ShouldBeNull();
    }

    [Theory]
    [InlineData("sha256:aaaa", "sha256:aaaa", null, UpdateState.UpToDate)]
    [InlineData("sha256:aaaa", "sha256:bbbb", null, UpdateState.Newer)]
    [InlineData("sha256:aaaa", "sha256:bbbb", "sha256:bbbb", UpdateState.Skipped)]
    [InlineData("sha256:aaaa", "sha256:cccc", "sha256:bbbb", UpdateState.Newer)]
    [InlineData("sha256:aaaa", "sha256:aaaa", "sha256:aaaa", UpdateState.UpToDate)]
    public void ComparesTheRunningDigestWithTheRegistrys_MindingASkippedVersion(string running, string registry, string? skipped, UpdateState expected) =>
        UpdateComparison.Compare(running, registry, skipped).ShouldBe(expected);

    [Theory]
    [InlineData("sha256:0123456789abcdef", "image id")]
    [InlineData("nginx@sha256:0123456789abcdef", "pinned to a digest")]
    public void SaysWhyAReferenceCannotBeCompared(string reference, string why)
    {
        UpdateComparison.ReferenceProblem(reference).ShouldNotBeNull().ShouldContain(why);
        UpdateComparison.ReferenceProblem("nginx:latest").ShouldBeNull();
    }

    [Theory]
    [InlineData("sha256:f5778c5768cc144cd001d1928806a161b98272121802b74a6422a103a70a5455", "f5778c5768cc")]
    [InlineData("127.0.0.1:5000/game@sha256:f5778c5768cc144cd001", "f5778c5768cc")]
    [InlineData("sha256:abc", "abc")]
    [InlineData(null, "none")]
    public void AbbreviatesADigestToTwelveHexDigits(string? digest, string shown) => ImageDigests.Abbreviate(digest).ShouldBe(shown);
}
