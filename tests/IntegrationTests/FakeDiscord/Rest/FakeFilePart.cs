namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>A file uploaded as a multipart part (<c>files[n]</c>).</summary>
public sealed record FakeFilePart(string FieldName, string FileName, string ContentType, byte[] Content);
