using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("补正材料.docx", "补正材料.docx")]
    [InlineData(@"D:\资料\补正材料.docx", "补正材料.docx")]
    [InlineData("/tmp/../补正材料.docx", "补正材料.docx")]
    [InlineData("补正\r\n材料.docx", "补正材料.docx")]
    [InlineData("\u202E材料.docx", "材料.docx")]
    [InlineData("a:b*c?.docx", "a_b_c_.docx")]
    [InlineData("  ..  ", SafeFileName.Fallback)]
    [InlineData(@"folder\", SafeFileName.Fallback)]
    [InlineData(null, SafeFileName.Fallback)]
    public void Keeps_the_readable_name_and_nothing_else(string? sent, string expected) =>
        Assert.Equal(expected, SafeFileName.From(sent));
}
