namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>The checkout the tests run from: the deploy files, the scripts and the publish output are read in place.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The self-contained executable scripts/publish.sh writes, which the image and the systemd unit run.</summary>
    public const string ExecutableName = "ServerStatus.Presentation.Discord";

    public static string PublishDirectory => Path.Combine(Root, "artifacts", "linux-x64");

    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "ServerStatus.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ServerStatus.sln above {AppContext.BaseDirectory}: the deploy tests read the checkout they were built from.");
    }
}
