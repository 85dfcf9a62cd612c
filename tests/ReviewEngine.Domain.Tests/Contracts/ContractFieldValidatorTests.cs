using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Contracts;

/// <summary>Each validation rule of issue 5 with a failing value; all errors come back at once, per field, in Chinese.</summary>
public sealed class ContractFieldValidatorTests
{
    private static readonly TemplateLibrary Library = TemplateLoader.LoadLibrary(TestPaths.InRepo("templates"));
    private static readonly ContractTemplate Investment = Library.Find("investment-attraction")!;

    private static IReadOnlyList<FieldError> Errors(string template, params (string Field, string? Value)[] changes)
    {
        var t = Library.Find(template)!;
        var values = ContractExamples.For(t);
        foreach (var (field, value) in changes)
        {
            values[field] = value;
        }

        return ContractFieldValidator.Validate(t, values);
    }

    [Theory]
    [InlineData("partyA", null, "甲方为必填项")]
    [InlineData("partyB", "  ", "乙方为必填项")]
    [InlineData("totalInvestment", "两亿", "项目总投资应为数字，收到「两亿」")]
    [InlineData("totalInvestment", "100.123", "项目总投资最多保留2位小数，收到「100.123」")]
    [InlineData("totalInvestment", "-1", "项目总投资不得小于0")]
    [InlineData("shortfallPenaltyPercent", "31", "投资强度不足违约金比例不得大于30")]
    [InlineData("terminationGraceDays", "90.5", "逾期开工可解除期限应为整数，收到「90.5」")]
    [InlineData("startDate", "2026/06/30", "开工时间日期格式应为 yyyy-MM-dd，收到「2026/06/30」")]
    [InlineData("completionDate", "2026-06-30", "竣工时间应晚于开工时间（2026年6月30日）")]
    [InlineData("landUse", "住宅用地", "拟用地性质只能是：工业用地、仓储用地、商服用地")]
    [InlineData("partyACode", "11330702002512345A", "甲方统一社会信用代码：校验码错误（第18位应为H）")]
    [InlineData("partyBRepresentative", "王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王王", "乙方法定代表人（负责人）不得超过50个字（实为51个）")]
    public void OneFailingValueGivesOneErrorForThatField(string field, string? value, string message)
    {
        var errors = Errors("investment-attraction", (field, value));

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void IdNumberCheckDigitIsValidated()
    {
        var errors = Errors("house-expropriation", ("partyBIdNumber", "110105194912310021"));

        Assert.Equal([new FieldError("partyBIdNumber", "乙方公民身份号码：校验码错误（第18位应为X）")], errors);
    }

    [Fact]
    public void EveryErrorIsReportedAtOnce()
    {
        var errors = Errors("investment-attraction", ("partyA", ""), ("landUse", "x"), ("startDate", "tomorrow"), ("bogus", "1"));

        Assert.Equal(["bogus", "partyA", "landUse", "startDate"], errors.Select(e => e.Field));
        Assert.Equal("范本「招商引资合同」没有字段 bogus", errors[0].Message);
    }

    [Fact]
    public void OptionalFieldMayBeEmpty() => Assert.Empty(Errors("investment-attraction", ("annualOutput", null)));

    [Fact]
    public void LockedClauseCannotBeOmittedButOptionalCan()
    {
        var values = ContractExamples.For(Investment);

        var ex = Assert.Throws<ContractFieldsException>(() => ContractComposer.Compose(Investment, values, ["parties", "nosuch"]));
        Assert.Equal(["omitClause", "omitClause"], ex.Errors.Select(e => e.Field));
        Assert.Equal("「合同当事人」（parties）为锁定条款，不得删除", ex.Errors[0].Message);
        var contract = ContractComposer.Compose(Investment, values, ["policy", "assistance"]);
        Assert.Equal(Investment.Clauses.Count - 3, contract.Clauses.Count); // the two omitted and the party block, printed above the clauses
        Assert.Equal(Enumerable.Range(1, contract.Clauses.Count), contract.Clauses.Select(c => c.Number));
    }

    [Fact]
    public void FieldsHashDependsOnValuesOnly()
    {
        var values = ContractExamples.For(Investment);
        var a = ContractComposer.Compose(Investment, values).FieldsHash;
        var b = ContractComposer.Compose(Investment, new Dictionary<string, string?>(values.Reverse())).FieldsHash;
        values["partyB"] = "另一家公司";

        Assert.Equal(a, b);
        Assert.NotEqual(a, ContractComposer.Compose(Investment, values).FieldsHash);
    }

    [Fact]
    public void ATotalThatIsNotTheSumOfItsPartsIsRefusedNamingTheParts()
    {
        var errors = Errors("land-recovery", ("totalCompensation", "1.00"));

        Assert.Equal([new FieldError("totalCompensation",
            "补偿总额应为土地使用权补偿、地上建筑物、构筑物及附属设施补偿、设备搬迁、停产停业损失等其他补偿之和：合计14,000,000.00元，填写的是1.00元")], errors);
    }

    [Theory]
    [InlineData("产权调换", "53000.00", true)]
    [InlineData("产权调换", "1.00", false)]
    [InlineData("货币补偿", "53000.00", false)]
    [InlineData("货币补偿", "1333000.00", true)]
    [InlineData("货币补偿与产权调换相结合", "1.00", true)]
    public void TheHouseCompensationTotalDependsOnTheCompensationMode(string mode, string total, bool valid)
    {
        var errors = Errors("house-expropriation", ("compensationMode", mode), ("totalCompensation", total));

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal("totalCompensation", e.Field));
    }

    [Fact]
    public void FixedAssetInvestmentMayNotExceedTotalInvestment()
    {
        var errors = Errors("investment-attraction", ("fixedAssetInvestment", "250000000.00"));

        Assert.Equal([new FieldError("fixedAssetInvestment", "固定资产投资（250,000,000.00元）不得大于项目总投资（200,000,000.00元）")], errors);
    }

    [Fact]
    public void AServiceCannotStartBeforeTheContractIsSigned()
    {
        var errors = Errors("legal-adviser", ("serviceStartDate", "2025-12-01"), ("serviceEndDate", "2026-11-30"));

        Assert.Equal([new FieldError("serviceStartDate", "服务起始日（2025年12月1日）不得早于签订日期（2025年12月25日）")], errors);
    }

    [Fact]
    public void ACheckIsSkippedWhenOneOfItsFieldsIsAlreadyInError()
    {
        var errors = Errors("land-recovery", ("landCompensation", "abc"));

        Assert.Equal(["landCompensation"], errors.Select(e => e.Field));
    }
}
