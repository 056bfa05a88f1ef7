import PlanDiagnostics
import PlanModel
import Testing

/// The three houses and the Safety house's parts are enums, found from a field's key.
@Suite struct HouseTests {
    @Test(arguments: [
        ("worries", House.worries), ("Worry", .worries), ("House of worries", .worries), ("the good things house", .goodThings),
        ("good thing", .goodThings), ("Dreams", .dreams), ("dream", .dreams),
    ])
    func aHouseIsFoundByAnyOfItsNames(key: String, house: House) {
        #expect(House(fieldKey: key) == house)
    }

    @Test func otherKeysNameNoHouse() {
        #expect(House(fieldKey: "wishes") == nil)
        #expect(House(fieldKey: "goodthings") == nil)
        #expect(SafetyHousePart(fieldKey: "on the roof") == .roof)
        #expect(SafetyHousePart(fieldKey: "door") == nil)
    }

    @Test func eachHouseKeepsItsOwnItems() throws {
        let text = """
            # Mia's plan
            child: Mia
            age: 7

            ## Three houses
            House of good things: Swimming
            - Gran's dog
            worries:
            - Shouting
            dreams: A trip to the sea
            good things:
            - Reading
            """
        let checked = checkPlan(SourceFile(path: "houses.plan", text: text), context: LoweringContext(pictureNames: [], pictureFolder: nil))
        let houses = try #require(checked.plan?.section(.threeHouses)?.houses)
        #expect(houses[.goodThings].map(\.text.text) == ["Swimming", "Gran's dog", "Reading"])
        #expect(houses[.worries].map(\.text.text) == ["Shouting"])
        #expect(houses[.dreams].map(\.text.text) == ["A trip to the sea"])
        #expect(checked.diagnostics.map(\.message).contains { $0.contains("good things") }, "a house named twice is reported")
    }
}
