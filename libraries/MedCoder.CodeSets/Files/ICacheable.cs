namespace MedCoder.CodeSets.Files;

/// <summary>
/// A parsed table that can be written to the compact binary cache. Every implementing type also has
/// <c>public static T Read(BinaryReader reader)</c> that restores exactly what Write wrote.
/// </summary>
public interface ICacheable
{
    void Write(BinaryWriter writer);
}
