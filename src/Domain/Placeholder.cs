namespace ServerStatus.Domain; internal static class Placeholder { }
