using ReviewEngine.Domain.Contracts;

namespace ReviewEngine.Application.Contracts;

/// <summary>Lays out a composed contract as a Word document (implemented with OpenXml in Infrastructure).</summary>
public interface IContractDocumentWriter
{
    GeneratedDocument Write(ComposedContract contract);

    /// <summary>Fills a Word template supplied by the user (content controls by tag, <c>{{field}}</c> placeholders)
    /// with the contract's formatted values; money fields also offer <c>{{field}}Capitals</c>-style names
    /// (<c>{{totalInvestmentCapitals}}</c>). A tag or placeholder without a value is a <see cref="ContractFieldsException"/>.</summary>
    GeneratedDocument FillUserTemplate(byte[] template, ComposedContract contract);
}
