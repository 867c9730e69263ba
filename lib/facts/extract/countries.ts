// Countries with the adjectives (demonyms) and capitals news copy uses for them,
// so "Russian", "Moscow" and "Russia" can all stand for one country entity.
// General knowledge of English, not tuned to any article.

export type CountryInfo = {
  name: string;
  demonyms: string[];
  capital?: string;
  /** Other names the country goes by ("the US", "Britain"). */
  aliases: string[];
};

// name | demonyms (comma-separated) | capital | aliases (comma-separated)
const TABLE = `
Afghanistan|Afghan|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani,Azeri|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz|
Bosnia|Bosnian|Sarajevo|Bosnia and Herzegovina
Brazil|Brazilian|Brasilia|
Bulgaria|Bulgarian|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian|Ottawa|
Chad|Chadian|N'Djamena|
Chile|Chilean|Santiago|
China|Chinese|Beijing|
Colombia|Colombian|Bogota|
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish|Helsinki|
France|French|Paris|
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Hungary|Hungarian|Budapest|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulaanbaatar|
Morocco|Moroccan|Rabat|
Myanmar|Myanmar|Naypyidaw|Burma
Nepal|Nepalese,Nepali|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland
New Zealand|New Zealand|Wellington|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Palestinian territories
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Serbia|Serbian|Belgrade|
Singapore|Singaporean|Singapore|
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean|Seoul|
South Sudan|South Sudanese|Juba|
Spain|Spanish|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Sweden|Swedish|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Tunisia|Tunisian|Tunis|
Turkey|Turkish|Ankara|Turkiye,Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv|
United Arab Emirates|Emirati|Abu Dhabi|UAE
United Kingdom|British|London|UK,Britain,Great Britain
United States|American|Washington|US,U.S.,USA,United States of America,America
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|
Yemen|Yemeni|Sanaa|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|
`;

function splitList(s: string | undefined): string[] {
  return (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

export const COUNTRIES: readonly CountryInfo[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", demonyms, capital, aliases] = line.split("|");
    const cap = capital?.trim();
    return {
      name: name.trim(),
      demonyms: splitList(demonyms),
      ...(cap ? { capital: cap } : {}),
      aliases: splitList(aliases),
    };
  });

const byLowerName = new Map<string, CountryInfo>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) byLowerName.set(n.toLowerCase(), c);
}

/** The country a name, alias or demonym stands for ("Turkish" -> Turkey). */
export function countryByWord(word: string): CountryInfo | undefined {
  const w = word.toLowerCase();
  const direct = byLowerName.get(w);
  if (direct) return direct;
  return COUNTRIES.find((c) => c.demonyms.some((d) => d.toLowerCase() === w));
}

/** The country whose capital this is ("Moscow" -> Russia): capitals act for their governments in news copy. */
export function countryByCapital(name: string): CountryInfo | undefined {
  const n = name.toLowerCase();
  return COUNTRIES.find((c) => c.capital?.toLowerCase() === n);
}
