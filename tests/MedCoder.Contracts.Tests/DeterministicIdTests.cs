namespace MedCoder.Contracts.Tests;

public sealed class DeterministicIdTests
{
    private static readonly EncounterKey Key = new("general-hospital", "epic", "ENC-1");

    [Fact]
    public void Resource_id_is_stable_url_safe_and_revision_specific()
    {
        var id = Key.ResourceId(1);

        Assert.Equal(id, new EncounterKey("general-hospital", "epic", "ENC-1").ResourceId(1));
        Assert.NotEqual(id, Key.ResourceId(2));
        Assert.Matches("^[0-9a-f]{16}-1$", id);
    }

    [Fact]
    public void Parts_cannot_run_into_each_other()
    {
        Assert.NotEqual(new EncounterKey("ab", "c", "d").ResourceId(1), new EncounterKey("a", "bc", "d").ResourceId(1));
    }

    [Fact]
    public void Message_ids_differ_by_stage_and_repeat_for_the_same_stage()
    {
        Assert.Equal(DeterministicId.MessageId(Key, 1, Stages.Coded), DeterministicId.MessageId(Key, 1, Stages.Coded));
        Assert.NotEqual(DeterministicId.MessageId(Key, 1, Stages.Coded), DeterministicId.MessageId(Key, 1, Stages.Validated));
    }

    [Fact]
    public void Printing_a_key_does_not_reveal_its_identifiers()
    {
        var text = Key.ToString();

        Assert.DoesNotContain("ENC-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("general-hospital", text, StringComparison.Ordinal);
    }
}
