using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.DataProtection.Internal;

namespace DealBot.Slack.Installations;

/// <summary>
/// Data Protection creates the decryptor of a stored key from the type name written beside it, by reflection
/// (<c>Type.GetType</c>, then a constructor looked up at run time) that the trim analysis cannot see: nothing roots
/// <see cref="KeyRingDecryptor"/>'s constructors for it, so the Native AOT build could not count on finding them. This
/// activator creates that decryptor directly, without reflection, and hands every other type (Data Protection's own
/// descriptor deserializers) to the activator it replaces. The published native build is checked to open its ring
/// after a restart (tests/DealBot.Deploy.Tests).
/// </summary>
internal sealed class KeyRingActivator(IActivator framework, KeyEncryptionKeys keys, KeyRingProblems problems) : IActivator
{
    private static readonly string DecryptorName = typeof(KeyRingDecryptor).FullName!;
    private static readonly string DecryptorAssembly = typeof(KeyRingDecryptor).Assembly.GetName().Name!;

    public object CreateInstance(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicConstructors)]
        Type expectedBaseType,
        string implementationTypeName) =>
        IsDecryptor(implementationTypeName)
            ? new KeyRingDecryptor(keys, problems)
            : framework.CreateInstance(expectedBaseType, implementationTypeName);

    /// <summary>"Type, Assembly[, Version=…, …]": the same type in any version of this assembly.</summary>
    internal static bool IsDecryptor(string typeName)
    {
        var parts = typeName.Split(',', 3, StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts[0] == DecryptorName && parts[1] == DecryptorAssembly;
    }
}
