# Fifth held-out-style set, written before any rule was run on it.
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para5-%03d" % i, "source": source, "url": "https://example.com/para5/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2023-06-15T07:00:00Z", "Tech Wire Review",
 "Google Parent Alphabet Mulls Electric Car Push, Insiders Say",
 "Alphabet has held internal discussions about designing its own electric car, according to two people with knowledge of the talks, although no decision has been made.\n\n"
 "The company already operates self-driving taxis through its Waymo unit, which uses Jaguar I-Pace electric SUVs fitted with its sensors. Alphabet declined to comment.")

art(1, "2020-02-20T09:00:00Z", "Auto Letter Europe",
 "Geely and Daimler form 50:50 venture for next-generation Smart cars",
 "Daimler and Zhejiang Geely Holding Group have formed a 50:50 joint venture to build the next generation of Smart electric cars in China from 2022, the two groups said.\n\n"
 "Mercedes-Benz will design the cars and Geely will engineer and build them at a new plant in Xi'an. Geely is also Daimler's largest single shareholder, with a stake of 9.7 percent.\n\n"
 "Daimler already sells the Smart EQ fortwo electric city car in Europe.")

art(2, "2019-11-20T05:00:00Z", "EV Market Monitor",
 "Lordstown Motors buys GM plant to make electric pickups",
 "Lordstown Motors has completed its purchase of a former General Motors assembly plant in Ohio, where the startup plans to start building its Endurance electric pickup late next year.\n\n"
 "GM, which lent the startup $40 million, will also hold a small stake in the company. Lordstown Motors showed a prototype of the Endurance to investors last month.")

art(3, "2024-10-08T08:00:00Z", "West Coast Auto Journal",
 "Fisker's former partner Magna says Ocean contract is over",
 "Magna International said on Tuesday that it had stopped building the Fisker Ocean at its plant in Graz and ended its contract with the bankrupt carmaker.\n\n"
 "The Canadian supplier said the end of the program would cost it about $400 million. It continues to assemble cars for other automakers.")

art(4, "2021-09-28T06:00:00Z", "Seoul Market News",
 "Samsung SDI and Stellantis to build U.S. battery plant",
 "Samsung SDI and Stellantis said on Tuesday they would build a battery plant in Kokomo, Indiana, through a joint venture, with production due to start in 2025.\n\n"
 "The plant will supply cells for the plug-in hybrids and battery-electric cars that Stellantis sells under its Jeep and Ram brands.")

art(5, "2022-09-20T05:00:00Z", "China Auto Wire",
 "Xpeng's flying-car affiliate raises $500 million",
 "XPeng Aeroht, the flying-car affiliate of Chinese EV maker XPeng, has raised $500 million in a funding round, the company said.\n\n"
 "XPeng, which sells the P7 electric sedan and the G9 SUV, remains Aeroht's largest shareholder. Founder He Xiaopeng said the funds would help Aeroht develop a flying car that can also drive on roads.")

art(6, "2024-02-26T06:00:00Z", "Tech Wire Review",
 "Apple pulls plug on car project after a decade, sources say",
 "Apple is winding down its long-running effort to build an electric car, according to people familiar with the decision.\n\n"
 "The company told employees on Tuesday that the project, code-named Titan, would end, and that many of the 2,000 staff would move to artificial intelligence. The iPhone maker had never confirmed its car plans.")

art(7, "2021-07-14T03:00:00Z", "Market Desk Asia",
 "SoftBank leads $1 billion investment in Chinese EV maker Nio rival",
 "SoftBank Group led a $1 billion investment in WM Motor, a Chinese electric-car startup that sells SUVs under the Weltmeister brand, the company said on Wednesday.\n\n"
 "Tencent and Baidu, early backers of WM Motor, also took part. The startup plans a Hong Kong listing next year.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
