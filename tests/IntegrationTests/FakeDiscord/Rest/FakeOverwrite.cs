namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>A channel permission overwrite as Discord stores it: for a role (the guild's id is <c>@everyone</c>) or a member.</summary>
public sealed record FakeOverwrite(ulong Id, ulong Allow, ulong Deny, bool IsMember = false);
