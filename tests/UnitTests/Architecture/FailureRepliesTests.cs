using System.Reflection;
using System.Reflection.Emit;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Architecture;

/// <summary>Failures become replies in one place: only the command executor calls the failure replies (checked in the compiled IL).</summary>
public sealed class FailureRepliesTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void OnlyTheExecutorTurnsFailuresIntoReplies()
    {
        var failureReplies = typeof(ErrorReplies).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name is nameof(ErrorReplies.From) or nameof(ErrorReplies.Usage) or nameof(ErrorReplies.Unexpected))
            .ToHashSet();

        var callers = CallersOf(typeof(CommandExecutor).Assembly, failureReplies).ToList();

        callers.ShouldNotBeEmpty(); // the scan finds calls at all
        callers.Distinct().ShouldBe([nameof(CommandExecutor)]);
    }

    private static IEnumerable<string> CallersOf(Assembly assembly, HashSet<MethodInfo> targets)
    {
        foreach (var type in assembly.GetTypes())
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static));
            foreach (var method in methods)
            {
                if (Calls(method).Any(targets.Contains))
                {
                    yield return Outermost(type).Name;
                }
            }
        }
    }

    // Lambdas and async methods compile into nested types: the caller is the type they were written in.
    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var opCode = OpCodesByValue[value];
            i += opCode.Size;
            if (opCode.OperandType == OperandType.InlineMethod
                && method.Module.ResolveMethod(BitConverter.ToInt32(il, i), TypeArguments(method.DeclaringType), TypeArguments(method)) is MethodInfo called)
            {
                yield return called;
            }

            i += OperandSize(opCode.OperandType, il, i);
        }
    }

    private static Type[]? TypeArguments(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? TypeArguments(MethodBase method) => method.IsGenericMethod ? method.GetGenericArguments() : null;

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
