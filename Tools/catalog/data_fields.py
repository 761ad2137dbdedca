"""Fields (lĩnh vực) of the Điện Biên catalog, with owners, weights and name patterns.

Row: (id, name, name_en, owner, (P, C, I), legal ids, objects)
  owner    agency id under `province` (or `police`, `tax`, `social-insurance`): CODEOWNERS,
           announcing decisions and the default processing unit;
  P, C, I  relative weights of province-only, commune-only and inter-level procedures
           (scaled by gen_catalog.py to the exact totals of GitHub issue 3);
  legal    documents every procedure of the field cites (with nd-118-2025 added);
  objects  (vi, en) noun phrases that synthetic names are built from.
"""

F = [
    ("ho-tich", "Hộ tịch", "Civil status", "justice", (10, 34, 4), ["luat-60-2014-qh13", "nd-123-2015"], [
        ("việc thay đổi, cải chính, bổ sung thông tin hộ tịch", "change or correction of civil status details"),
        ("việc xác định lại dân tộc", "re-determination of ethnicity"),
        ("việc giám hộ", "guardianship"), ("việc chấm dứt giám hộ", "termination of guardianship"),
        ("việc khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", "birth of a person with existing personal papers"),
        ("việc kết hôn có yếu tố nước ngoài", "marriage with a foreign element"),
        ("việc khai tử có yếu tố nước ngoài", "death with a foreign element"),
        ("việc nhận cha, mẹ, con có yếu tố nước ngoài", "parentage recognition with a foreign element"),
        ("việc ly hôn đã giải quyết ở nước ngoài vào sổ hộ tịch", "recording of a divorce granted abroad"),
        ("việc hộ tịch của công dân Việt Nam đã giải quyết ở nước ngoài", "civil status events of citizens registered abroad"),
        ("việc khai sinh lưu động", "mobile birth registration"), ("việc kết hôn lưu động", "mobile marriage registration"),
    ]),
    ("chung-thuc", "Chứng thực", "Certification", "justice", (3, 10, 0), ["nd-23-2015", "tt-226-2016-btc"], [
        ("chữ ký người dịch", "translator's signature"), ("hợp đồng mua bán tài sản", "asset sale contract"),
        ("văn bản thỏa thuận phân chia di sản", "estate division agreement"), ("văn bản khai nhận di sản", "estate acceptance"),
        ("di chúc", "will"), ("văn bản từ chối nhận di sản", "renunciation of an inheritance"),
        ("việc sửa lỗi sai sót trong hợp đồng đã được chứng thực", "correction of a certified contract"),
    ]),
    ("nuoi-con-nuoi", "Nuôi con nuôi", "Adoption", "justice", (5, 3, 2), ["luat-52-2010-qh12"], [
        ("việc nuôi con nuôi trong nước", "domestic adoption"), ("việc nuôi con nuôi thực tế", "de facto adoption"),
        ("việc nuôi con nuôi có yếu tố nước ngoài", "intercountry adoption"), ("giấy phép hoạt động của tổ chức con nuôi nước ngoài", "licence of a foreign adoption organisation"),
    ]),
    ("quoc-tich", "Quốc tịch", "Nationality", "justice", (7, 0, 2), ["luat-24-2008-qh12"], [
        ("việc nhập quốc tịch Việt Nam", "naturalisation"), ("việc trở lại quốc tịch Việt Nam", "restoration of Vietnamese nationality"),
        ("việc thôi quốc tịch Việt Nam", "renunciation of Vietnamese nationality"), ("giấy xác nhận có quốc tịch Việt Nam", "certificate of Vietnamese nationality"),
        ("giấy xác nhận là người gốc Việt Nam", "certificate of Vietnamese origin"),
    ]),
    ("ly-lich-tu-phap", "Lý lịch tư pháp", "Judicial records", "justice", (3, 0, 0), ["luat-28-2009-qh12", "tt-244-2016-btc"], [
        ("Phiếu lý lịch tư pháp cho người nước ngoài", "judicial record certificate for foreigners"),
        ("Phiếu lý lịch tư pháp theo yêu cầu của cơ quan tiến hành tố tụng", "judicial record certificate requested by a court or prosecutor"),
    ]),
    ("luat-su", "Luật sư", "Lawyers", "justice", (14, 0, 0), ["luat-65-2006-qh11"], [
        ("Giấy đăng ký hoạt động của tổ chức hành nghề luật sư", "operating registration of a law firm"),
        ("Giấy đăng ký hoạt động của chi nhánh tổ chức hành nghề luật sư", "operating registration of a law firm branch"),
        ("Giấy đăng ký hoạt động của công ty luật nước ngoài", "operating registration of a foreign law firm"),
        ("Giấy đăng ký hành nghề luật sư với tư cách cá nhân", "registration of an individual lawyer"),
        ("việc hợp nhất, sáp nhập công ty luật", "merger of law firms"),
    ]),
    ("cong-chung", "Công chứng", "Notarisation", "justice", (22, 0, 0), ["luat-46-2024-qh15"], [
        ("việc thành lập Văn phòng công chứng", "establishment of a notary office"),
        ("Giấy đăng ký hoạt động của Văn phòng công chứng", "operating registration of a notary office"),
        ("việc bổ nhiệm công chứng viên", "appointment of a notary"), ("thẻ công chứng viên", "notary card"),
        ("việc hợp nhất, sáp nhập Văn phòng công chứng", "merger of notary offices"),
        ("việc chuyển nhượng Văn phòng công chứng", "transfer of a notary office"),
        ("việc chấm dứt hoạt động Văn phòng công chứng", "closure of a notary office"),
    ]),
    ("dau-gia-tai-san", "Đấu giá tài sản", "Property auction", "justice", (7, 0, 0), ["luat-01-2016-qh14"], [
        ("Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản", "operating registration of an auction company"),
        ("Thẻ đấu giá viên", "auctioneer card"), ("việc phê duyệt đủ điều kiện thực hiện hình thức đấu giá trực tuyến", "approval of online auctions"),
    ]),
    ("tro-giup-phap-ly", "Trợ giúp pháp lý", "Legal aid", "justice", (9, 0, 0), ["luat-11-2017-qh14"], [
        ("việc trợ giúp pháp lý", "legal aid"), ("thẻ cộng tác viên trợ giúp pháp lý", "legal aid collaborator card"),
        ("hợp đồng thực hiện trợ giúp pháp lý", "legal aid contract"), ("việc lựa chọn tổ chức ký hợp đồng thực hiện trợ giúp pháp lý", "selection of legal aid contractors"),
    ]),
    ("giam-dinh-tu-phap", "Giám định tư pháp", "Judicial expertise", "justice", (6, 0, 0), ["luat-13-2012-qh13"], [
        ("việc bổ nhiệm giám định viên tư pháp", "appointment of a judicial expert"),
        ("việc thành lập Văn phòng giám định tư pháp", "establishment of a judicial expertise office"),
        ("Giấy đăng ký hoạt động của Văn phòng giám định tư pháp", "operating registration of a judicial expertise office"),
    ]),
    ("hoa-giai-co-so", "Hòa giải ở cơ sở", "Grassroots mediation", "justice", (0, 4, 0), ["luat-35-2013-qh13"], [
        ("việc công nhận hòa giải viên", "recognition of a mediator"), ("việc công nhận tổ trưởng tổ hòa giải", "recognition of a mediation team leader"),
        ("việc thôi làm hòa giải viên", "removal of a mediator"), ("việc thanh toán thù lao cho hòa giải viên", "payment of mediator fees"),
    ]),
    ("boi-thuong-nha-nuoc", "Bồi thường nhà nước", "State compensation", "justice", (5, 3, 0), ["luat-10-2017-qh14"], [
        ("yêu cầu bồi thường nhà nước", "state compensation claim"), ("việc chi trả tiền bồi thường", "payment of compensation"),
        ("việc phục hồi danh dự", "restoration of honour"),
    ]),
    ("cu-tru", "Đăng ký, quản lý cư trú", "Residence", "police", (0, 12, 0), ["luat-68-2020-qh14", "nd-154-2024", "tt-75-2022-btc"], [
        ("việc điều chỉnh thông tin trong Cơ sở dữ liệu về cư trú", "correction of residence data"),
        ("việc tách hộ", "household split"), ("việc gia hạn tạm trú", "extension of temporary residence"),
        ("việc khai báo thông tin về cư trú", "declaration of residence information"), ("việc thông báo lưu trú", "notification of a stay"),
        ("việc khai báo tạm vắng", "declaration of temporary absence"), ("việc xóa đăng ký tạm trú", "deletion of temporary residence"),
    ]),
    ("can-cuoc", "Căn cước", "Identity", "police", (3, 4, 4), ["luat-26-2023-qh15", "nd-70-2024", "tt-73-2024-btc"], [
        ("giấy chứng nhận căn cước", "identity certificate"), ("việc thu thập, cập nhật thông tin sinh trắc học", "collection of biometric data"),
        ("việc xác nhận số chứng minh nhân dân, số định danh cá nhân", "confirmation of former ID numbers"),
        ("tài khoản định danh điện tử mức độ 2", "level-2 electronic identification account"),
    ]),
]
F += [
    ("phong-chay-chua-chay", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Fire prevention and rescue", "police", (12, 0, 0), ["luat-55-2024-qh15"], [
        ("việc thẩm định thiết kế về phòng cháy và chữa cháy", "fire safety design appraisal"),
        ("việc nghiệm thu về phòng cháy và chữa cháy", "fire safety acceptance"),
        ("Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ phòng cháy, chữa cháy", "fire safety service business certificate"),
        ("Giấy chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy", "fire safety training certificate"),
        ("Giấy phép vận chuyển hàng hóa nguy hiểm về cháy, nổ", "permit to transport flammable and explosive goods"),
    ]),
    ("an-ninh-trat-tu", "Quản lý ngành nghề kinh doanh có điều kiện về an ninh, trật tự", "Security-conditional businesses", "police", (8, 0, 0), ["nd-96-2016", "luat-14-2017-qh14"], [
        ("Giấy chứng nhận đủ điều kiện về an ninh, trật tự", "security and order eligibility certificate"),
        ("Giấy phép sử dụng vật liệu nổ công nghiệp", "industrial explosives use permit"),
        ("Giấy phép sử dụng công cụ hỗ trợ", "permit to use support tools"),
    ]),
    ("xuat-nhap-canh", "Xuất nhập cảnh", "Exit and entry", "police", (10, 0, 0), ["luat-49-2019-qh14"], [
        ("hộ chiếu phổ thông", "ordinary passport"), ("thẻ tạm trú cho người nước ngoài", "temporary residence card for foreigners"),
        ("thị thực cho người nước ngoài", "visa for foreigners"), ("giấy thông hành biên giới Việt Nam – Lào", "Viet Nam – Laos border pass"),
        ("giấy thông hành xuất nhập cảnh vùng biên giới Việt Nam – Trung Quốc", "Viet Nam – China border area pass"),
    ]),
    ("dang-ky-xe-giay-phep-lai-xe", "Đăng ký xe và giấy phép lái xe", "Vehicle registration and driving licences", "police", (10, 4, 2), ["luat-36-2024-qh15"], [
        ("giấy chứng nhận đăng ký xe", "vehicle registration certificate"), ("biển số xe", "number plate"),
        ("giấy phép lái xe", "driving licence"), ("giấy phép lái xe quốc tế", "international driving permit"),
        ("giấy chứng nhận đăng ký xe tạm thời", "temporary vehicle registration"),
    ]),
    ("thue", "Thuế", "Taxation", "tax", (14, 0, 2), ["luat-38-2019-qh14"], [
        ("việc đăng ký thuế lần đầu", "first tax registration"), ("việc thay đổi thông tin đăng ký thuế", "change of tax registration details"),
        ("việc hoàn thuế", "tax refund"), ("việc miễn, giảm thuế", "tax exemption or reduction"),
        ("việc gia hạn nộp thuế", "tax payment extension"), ("việc xóa nợ tiền thuế", "write-off of tax debts"),
        ("giấy xác nhận việc thực hiện nghĩa vụ thuế", "tax compliance certificate"),
    ]),
    ("bao-hiem-xa-hoi", "Bảo hiểm xã hội", "Social insurance", "social-insurance", (14, 0, 2), ["luat-41-2024-qh15"], [
        ("việc giải quyết hưởng lương hưu", "pension claim"), ("việc giải quyết hưởng bảo hiểm xã hội một lần", "lump-sum social insurance claim"),
        ("việc giải quyết hưởng chế độ ốm đau", "sickness benefit claim"), ("việc giải quyết hưởng chế độ thai sản", "maternity benefit claim"),
        ("việc giải quyết hưởng chế độ tử tuất", "survivors' benefit claim"), ("sổ bảo hiểm xã hội", "social insurance book"),
        ("việc đăng ký tham gia bảo hiểm xã hội tự nguyện", "voluntary social insurance enrolment"),
    ]),
    ("bao-hiem-y-te", "Bảo hiểm y tế", "Health insurance", "social-insurance", (6, 0, 0), ["luat-25-2008-qh12", "nd-188-2025"], [
        ("thẻ bảo hiểm y tế", "health insurance card"), ("việc thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế", "direct reimbursement of health insurance costs"),
        ("việc đăng ký tham gia bảo hiểm y tế hộ gia đình", "household health insurance enrolment"),
    ]),
    ("dat-dai", "Đất đai", "Land", "agriculture-environment", (70, 20, 22), ["luat-31-2024-qh15", "nd-101-2024", "nd-151-2025"], [
        ("việc giao đất", "land allocation"), ("việc cho thuê đất", "land lease"), ("việc chuyển mục đích sử dụng đất", "change of land use purpose"),
        ("việc thu hồi đất", "land recovery"), ("việc gia hạn sử dụng đất", "extension of land use term"),
        ("việc đăng ký biến động đất đai", "registration of land changes"), ("việc tách thửa, hợp thửa đất", "subdivision or merger of land plots"),
        ("việc đính chính Giấy chứng nhận đã cấp", "correction of an issued land certificate"),
        ("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "land use right certificate"),
        ("việc đăng ký thế chấp quyền sử dụng đất", "registration of a land mortgage"), ("việc xóa đăng ký thế chấp", "deletion of a mortgage registration"),
        ("việc cung cấp thông tin, dữ liệu đất đai", "provision of land data"), ("việc hòa giải tranh chấp đất đai", "mediation of land disputes"),
        ("việc giải quyết tranh chấp đất đai", "settlement of land disputes"), ("việc định giá đất cụ thể", "specific land valuation"),
        ("việc chuyển đổi quyền sử dụng đất nông nghiệp", "exchange of agricultural land use rights"),
        ("việc điều chỉnh quyết định giao đất, cho thuê đất", "amendment of land allocation or lease decisions"),
        ("việc đăng ký quyền sử dụng hạn chế thửa đất liền kề", "registration of an easement over adjacent land"),
    ]),
    ("moi-truong", "Môi trường", "Environment", "agriculture-environment", (24, 6, 4), ["luat-72-2020-qh14"], [
        ("việc thẩm định báo cáo đánh giá tác động môi trường", "environmental impact assessment appraisal"),
        ("giấy phép môi trường", "environmental permit"), ("việc đăng ký môi trường", "environmental registration"),
        ("việc vận hành thử nghiệm công trình xử lý chất thải", "trial operation of waste treatment works"),
        ("việc chấp thuận phương án cải tạo, phục hồi môi trường", "approval of an environmental rehabilitation plan"),
        ("giấy phép xử lý chất thải nguy hại", "hazardous waste treatment permit"),
    ]),
    ("tai-nguyen-nuoc", "Tài nguyên nước", "Water resources", "agriculture-environment", (16, 2, 0), ["luat-28-2023-qh15"], [
        ("giấy phép khai thác nước mặt", "surface water abstraction permit"), ("giấy phép khai thác nước dưới đất", "groundwater abstraction permit"),
        ("giấy phép thăm dò nước dưới đất", "groundwater exploration permit"), ("giấy phép xả nước thải vào nguồn nước", "wastewater discharge permit"),
        ("việc kê khai khai thác tài nguyên nước", "declaration of water abstraction"),
    ]),
    ("khoang-san", "Địa chất và khoáng sản", "Geology and minerals", "agriculture-environment", (14, 0, 0), ["luat-54-2024-qh15"], [
        ("giấy phép thăm dò khoáng sản", "mineral exploration licence"), ("giấy phép khai thác khoáng sản", "mineral mining licence"),
        ("giấy phép khai thác tận thu khoáng sản", "salvage mining licence"), ("việc đóng cửa mỏ khoáng sản", "mine closure"),
        ("việc phê duyệt trữ lượng khoáng sản", "approval of mineral reserves"),
    ]),
    ("do-dac-ban-do", "Đo đạc, bản đồ và thông tin địa lý", "Surveying and mapping", "agriculture-environment", (5, 0, 0), ["luat-27-2018-qh14"], [
        ("giấy phép hoạt động đo đạc và bản đồ", "surveying and mapping licence"), ("việc cung cấp thông tin, dữ liệu đo đạc và bản đồ", "provision of survey data"),
    ]),
    ("trong-trot-chan-nuoi", "Trồng trọt, chăn nuôi và bảo vệ thực vật", "Crops, livestock and plant protection", "agriculture-environment", (26, 6, 0), ["luat-31-2018-qh14", "luat-32-2018-qh14"], [
        ("Giấy chứng nhận đủ điều kiện chăn nuôi", "livestock farming eligibility certificate"),
        ("Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi", "animal feed production certificate"),
        ("Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", "pesticide trading certificate"),
        ("việc công nhận cây đầu dòng, vườn cây đầu dòng", "recognition of mother trees and orchards"),
        ("việc cấp mã số vùng trồng", "issuance of a growing-area code"), ("việc kê khai hoạt động chăn nuôi", "declaration of livestock farming"),
        ("Giấy chứng nhận đủ điều kiện sản xuất phân bón", "fertiliser production certificate"),
    ]),
    ("thu-y", "Thú y", "Veterinary", "agriculture-environment", (12, 2, 0), ["luat-79-2015-qh13"], [
        ("Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn tỉnh", "quarantine certificate for animals leaving the province"),
        ("Giấy chứng nhận cơ sở an toàn dịch bệnh động vật", "animal-disease-free establishment certificate"),
        ("Chứng chỉ hành nghề thú y", "veterinary practising certificate"),
        ("Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", "veterinary drug trading certificate"),
    ]),
    ("lam-nghiep", "Lâm nghiệp", "Forestry", "agriculture-environment", (16, 6, 2), ["luat-16-2017-qh14"], [
        ("việc chuyển loại rừng", "reclassification of forest"), ("việc chuyển mục đích sử dụng rừng sang mục đích khác", "conversion of forest land"),
        ("việc khai thác thực vật rừng", "harvesting of forest plants"), ("việc phê duyệt phương án quản lý rừng bền vững", "approval of a sustainable forest management plan"),
        ("việc đăng ký mã số cơ sở nuôi động vật rừng", "registration of a wildlife farm"), ("việc giao rừng, cho thuê rừng", "forest allocation or lease"),
        ("việc chi trả dịch vụ môi trường rừng", "payment for forest environmental services"),
    ]),
    ("thuy-san", "Thủy sản", "Fisheries", "agriculture-environment", (6, 2, 0), ["luat-18-2017-qh14"], [
        ("Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản", "aquaculture establishment certificate"),
        ("việc đăng ký nuôi trồng thủy sản lồng bè", "registration of cage aquaculture"), ("Giấy phép khai thác thủy sản", "fishing licence"),
    ]),
    ("thuy-loi", "Thủy lợi và phòng, chống thiên tai", "Irrigation and disaster prevention", "agriculture-environment", (10, 6, 0), ["luat-08-2017-qh14", "luat-33-2013-qh13"], [
        ("giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi", "permit for activities within irrigation works protection zones"),
        ("việc phê duyệt phương án ứng phó thiên tai", "approval of a disaster response plan"),
        ("việc hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai", "support to restore production after natural disasters"),
        ("việc phê duyệt quy trình vận hành hồ chứa nước", "approval of reservoir operating procedures"),
    ]),
    ("phat-trien-nong-thon", "Kinh tế hợp tác và phát triển nông thôn", "Cooperative economy and rural development", "agriculture-environment", (6, 4, 0), ["luat-17-2023-qh15"], [
        ("việc công nhận làng nghề truyền thống", "recognition of a traditional craft village"),
        ("việc hỗ trợ liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp", "support for agricultural value chains"),
        ("việc công nhận xã đạt chuẩn nông thôn mới", "recognition of new-style rural commune status"),
    ]),
]
F += [
    ("xay-dung", "Xây dựng", "Construction", "construction", (40, 10, 10), ["luat-50-2014-qh13", "luat-62-2020-qh14", "nd-175-2024"], [
        ("giấy phép xây dựng công trình", "construction permit for works"), ("giấy phép xây dựng có thời hạn", "temporary construction permit"),
        ("giấy phép di dời công trình", "permit to relocate works"), ("giấy phép sửa chữa, cải tạo công trình", "renovation permit"),
        ("việc thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng", "feasibility study appraisal"),
        ("việc thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở", "appraisal of detailed construction design"),
        ("chứng chỉ hành nghề hoạt động xây dựng", "construction practising certificate"),
        ("chứng chỉ năng lực hoạt động xây dựng", "construction capability certificate"),
        ("việc kiểm tra công tác nghiệm thu hoàn thành công trình", "inspection of completion acceptance"),
        ("việc thẩm định quy hoạch chi tiết xây dựng", "appraisal of a detailed construction plan"),
    ]),
    ("nha-o-bat-dong-san", "Nhà ở và kinh doanh bất động sản", "Housing and real estate", "construction", (16, 2, 0), ["luat-27-2023-qh15", "luat-29-2023-qh15"], [
        ("việc mua, thuê mua nhà ở xã hội", "purchase or hire-purchase of social housing"), ("việc thuê nhà ở công vụ", "lease of official housing"),
        ("chứng chỉ hành nghề môi giới bất động sản", "real estate brokerage certificate"),
        ("việc chuyển nhượng dự án bất động sản", "transfer of a real estate project"),
        ("việc xác nhận đủ điều kiện bán, cho thuê mua nhà ở hình thành trong tương lai", "eligibility for off-plan sales"),
    ]),
    ("duong-bo", "Đường bộ", "Roads", "construction", (22, 4, 2), ["luat-35-2024-qh15", "luat-36-2024-qh15"], [
        ("giấy phép thi công công trình trên đường bộ đang khai thác", "permit for works on an operating road"),
        ("giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn", "oversize or overweight vehicle permit"),
        ("giấy phép kinh doanh vận tải bằng xe ô tô", "road transport business licence"),
        ("phù hiệu xe kinh doanh vận tải", "transport business vehicle badge"),
        ("việc chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ", "approval of essential works within road protection zones"),
        ("giấy phép liên vận Việt – Lào", "Viet Nam – Laos cross-border transport permit"),
        ("việc công bố đưa bến xe vào khai thác", "announcement of a bus station opening"),
    ]),
    ("duong-thuy-noi-dia", "Đường thủy nội địa", "Inland waterways", "construction", (8, 2, 0), ["luat-23-2004-qh11"], [
        ("giấy chứng nhận đăng ký phương tiện thủy nội địa", "inland vessel registration certificate"),
        ("việc công bố hoạt động bến thủy nội địa", "announcement of an inland wharf"),
        ("giấy phép hoạt động bến khách ngang sông", "river crossing wharf permit"),
    ]),
    ("dang-ky-doanh-nghiep", "Thành lập và hoạt động doanh nghiệp", "Enterprise registration", "finance", (40, 0, 0), ["luat-59-2020-qh14", "nd-168-2025", "tt-47-2019-btc"], [
        ("việc đăng ký thành lập công ty cổ phần", "registration of a joint-stock company"),
        ("việc đăng ký thành lập công ty hợp danh", "registration of a partnership"),
        ("việc đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", "registration of a multi-member limited liability company"),
        ("việc đăng ký thay đổi người đại diện theo pháp luật", "change of legal representative"),
        ("việc đăng ký thay đổi vốn điều lệ", "change of charter capital"), ("việc đăng ký thay đổi địa chỉ trụ sở chính", "change of head office address"),
        ("việc thông báo tạm ngừng kinh doanh", "notice of business suspension"), ("việc giải thể doanh nghiệp", "dissolution of an enterprise"),
        ("việc đăng ký hoạt động chi nhánh, văn phòng đại diện", "registration of a branch or representative office"),
        ("việc chuyển đổi loại hình doanh nghiệp", "conversion of enterprise type"), ("việc chia, tách, hợp nhất, sáp nhập doanh nghiệp", "division or merger of enterprises"),
    ]),
    ("ho-kinh-doanh", "Hộ kinh doanh", "Household businesses", "finance", (0, 8, 0), ["luat-59-2020-qh14", "nd-168-2025"], [
        ("việc tạm ngừng kinh doanh của hộ kinh doanh", "suspension of a household business"),
        ("việc tiếp tục kinh doanh trước thời hạn đã thông báo", "early resumption of a household business"),
        ("Giấy chứng nhận đăng ký hộ kinh doanh", "household business registration certificate"),
    ]),
    ("hop-tac-xa", "Thành lập và hoạt động của hợp tác xã", "Cooperatives", "finance", (6, 8, 0), ["luat-17-2023-qh15"], [
        ("việc đăng ký thành lập hợp tác xã", "registration of a cooperative"), ("việc đăng ký thay đổi nội dung đăng ký hợp tác xã", "change of cooperative registration"),
        ("việc giải thể tự nguyện hợp tác xã", "voluntary dissolution of a cooperative"), ("việc đăng ký thành lập tổ hợp tác", "registration of a cooperative group"),
        ("việc đăng ký thành lập liên hiệp hợp tác xã", "registration of a cooperative union"),
    ]),
    ("dau-tu", "Đầu tư tại Việt Nam", "Investment", "finance", (24, 0, 0), ["luat-61-2020-qh14"], [
        ("việc chấp thuận chủ trương đầu tư", "investment policy approval"), ("Giấy chứng nhận đăng ký đầu tư", "investment registration certificate"),
        ("việc điều chỉnh dự án đầu tư", "adjustment of an investment project"), ("việc chuyển nhượng dự án đầu tư", "transfer of an investment project"),
        ("việc ngừng hoạt động dự án đầu tư", "suspension of an investment project"), ("việc góp vốn, mua cổ phần của nhà đầu tư nước ngoài", "capital contribution by foreign investors"),
    ]),
    ("quan-ly-cong-san", "Quản lý công sản và giá", "Public assets and prices", "finance", (10, 2, 0), ["luat-15-2017-qh14", "luat-16-2023-qh15"], [
        ("việc mua sắm tài sản công", "procurement of public assets"), ("việc thanh lý tài sản công", "disposal of public assets"),
        ("việc xác lập quyền sở hữu toàn dân đối với tài sản", "establishment of state ownership of assets"),
        ("việc kê khai giá", "price declaration"), ("việc điều chuyển tài sản công", "transfer of public assets"),
    ]),
    ("thuong-mai", "Lưu thông hàng hóa và thương mại", "Trade", "industry-trade", (22, 6, 0), ["luat-36-2005-qh11"], [
        ("Giấy phép bán lẻ sản phẩm rượu", "liquor retail licence"), ("Giấy phép bán lẻ sản phẩm thuốc lá", "tobacco retail licence"),
        ("Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", "petrol station eligibility certificate"),
        ("Giấy phép kinh doanh bán lẻ hàng hóa của tổ chức kinh tế có vốn đầu tư nước ngoài", "retail licence for foreign-invested companies"),
        ("việc đăng ký tổ chức hội chợ, triển lãm thương mại", "registration of a trade fair"), ("việc đăng ký thực hiện khuyến mại", "registration of a sales promotion"),
        ("Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài", "licence for a foreign trader's representative office"),
        ("Giấy chứng nhận đủ điều kiện kinh doanh khí", "gas trading eligibility certificate"),
    ]),
    ("cong-nghiep", "Công nghiệp, điện và hóa chất", "Industry, electricity and chemicals", "industry-trade", (18, 2, 0), ["luat-61-2024-qh15", "luat-06-2007-qh12"], [
        ("Giấy phép hoạt động điện lực", "electricity operating licence"), ("Giấy chứng nhận đủ điều kiện sản xuất hóa chất", "chemical production certificate"),
        ("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "craft liquor production licence"),
        ("Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", "explosives safety training certificate"),
        ("việc phê duyệt kế hoạch ứng phó sự cố hóa chất", "approval of a chemical incident plan"),
        ("Thẻ an toàn điện", "electrical safety card"),
    ]),
    ("an-toan-thuc-pham", "An toàn thực phẩm", "Food safety", "health", (14, 4, 0), ["luat-55-2010-qh12"], [
        ("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "food safety certificate"),
        ("việc đăng ký bản công bố sản phẩm", "registration of a product declaration"),
        ("Giấy xác nhận nội dung quảng cáo thực phẩm", "food advertising confirmation"),
        ("Giấy xác nhận kiến thức về an toàn thực phẩm", "food safety knowledge certificate"),
    ]),
]
F += [
    ("van-hoa", "Văn hóa và gia đình", "Culture and family", "culture", (22, 8, 2), ["luat-45-2024-qh15"], [
        ("giấy phép tổ chức lễ hội", "festival permit"), ("việc đăng ký tổ chức lễ hội", "registration of a festival"),
        ("giấy phép phổ biến phim", "film distribution permit"), ("việc xếp hạng di tích cấp tỉnh", "provincial heritage classification"),
        ("giấy phép khai quật khẩn cấp", "emergency excavation permit"), ("giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật", "antique appraisal business certificate"),
        ("việc công nhận danh hiệu gia đình văn hóa", "recognition of cultured family status"),
        ("việc đăng ký hoạt động cơ sở hỗ trợ nạn nhân bạo lực gia đình", "registration of a domestic violence support centre"),
        ("giấy phép tổ chức biểu diễn nghệ thuật", "performing arts permit"), ("giấy phép kinh doanh karaoke", "karaoke business licence"),
    ]),
    ("the-thao", "Thể dục, thể thao", "Sports", "culture", (10, 3, 0), ["luat-77-2006-qh11"], [
        ("Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", "sports business eligibility certificate"),
        ("việc đăng cai tổ chức giải thi đấu vô địch từng môn thể thao", "hosting of a provincial sports championship"),
        ("việc công nhận câu lạc bộ thể thao cơ sở", "recognition of a grassroots sports club"),
    ]),
    ("du-lich", "Du lịch", "Tourism", "culture", (12, 2, 0), ["luat-09-2017-qh14"], [
        ("Giấy phép kinh doanh dịch vụ lữ hành nội địa", "domestic travel agency licence"), ("thẻ hướng dẫn viên du lịch", "tour guide card"),
        ("việc công nhận hạng cơ sở lưu trú du lịch", "classification of tourist accommodation"), ("việc công nhận điểm du lịch", "recognition of a tourist site"),
        ("việc công nhận cơ sở kinh doanh dịch vụ du lịch đạt chuẩn", "recognition of a standard tourism service"),
    ]),
    ("bao-chi-xuat-ban", "Báo chí, xuất bản và quảng cáo", "Press, publishing and advertising", "culture", (16, 0, 0), ["luat-103-2016-qh13", "luat-19-2012-qh13", "luat-16-2012-qh13"], [
        ("giấy phép xuất bản bản tin", "newsletter publishing permit"), ("giấy phép hoạt động in", "printing licence"),
        ("giấy phép xuất bản tài liệu không kinh doanh", "permit for non-commercial publications"),
        ("việc thông báo sản phẩm quảng cáo trên bảng quảng cáo", "notice of a billboard advertisement"),
        ("giấy phép tổ chức hội nghị, hội thảo có yếu tố nước ngoài", "permit for conferences with foreign participants"),
        ("việc đăng ký hoạt động cơ sở in", "registration of a printing establishment"),
    ]),
    ("khoa-hoc-cong-nghe", "Khoa học, công nghệ và đổi mới sáng tạo", "Science and technology", "science-technology", (14, 0, 0), ["luat-29-2013-qh13"], [
        ("Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "registration of a science and technology organisation"),
        ("Giấy chứng nhận doanh nghiệp khoa học và công nghệ", "science and technology enterprise certificate"),
        ("việc đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ", "registration of research results"),
        ("việc thẩm định công nghệ dự án đầu tư", "technology appraisal of an investment project"),
        ("Giấy phép tiến hành công việc bức xạ", "radiation work licence"),
    ]),
    ("tieu-chuan-do-luong", "Tiêu chuẩn, đo lường, chất lượng", "Standards, metrology and quality", "science-technology", (10, 0, 0), ["luat-05-2007-qh12", "luat-04-2011-qh13"], [
        ("việc đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu", "state quality inspection of imports"),
        ("việc chỉ định tổ chức kiểm định phương tiện đo", "designation of a metrology verification body"),
        ("việc tiếp nhận bản công bố hợp chuẩn, hợp quy", "acceptance of a conformity declaration"),
        ("Giấy chứng nhận đăng ký cung cấp dịch vụ đánh giá sự phù hợp", "conformity assessment registration"),
    ]),
    ("so-huu-tri-tue", "Sở hữu trí tuệ", "Intellectual property", "science-technology", (3, 0, 0), ["luat-50-2005-qh11"], [
        ("việc cho phép sử dụng chỉ dẫn địa lý", "authorisation to use a geographical indication"),
        ("việc quản lý nhãn hiệu chứng nhận mang địa danh", "management of a place-name certification mark"),
    ]),
    ("buu-chinh-vien-thong", "Bưu chính, viễn thông và chuyển đổi số", "Post, telecoms and digital", "science-technology", (8, 0, 0), ["luat-49-2010-qh12", "luat-24-2023-qh15"], [
        ("giấy phép bưu chính", "postal licence"), ("việc xác nhận thông báo hoạt động bưu chính", "confirmation of a postal activity notice"),
        ("việc đăng ký cung cấp dịch vụ trò chơi điện tử trên mạng", "registration of an online game service"),
        ("giấy phép thiết lập trang thông tin điện tử tổng hợp", "licence for a general news website"),
    ]),
    ("giao-duc", "Giáo dục và đào tạo", "Education and training", "education", (40, 14, 4), ["luat-43-2019-qh14"], [
        ("việc thành lập trường trung học phổ thông", "establishment of an upper secondary school"),
        ("việc cho phép hoạt động giáo dục", "authorisation to operate an educational institution"),
        ("việc sáp nhập, chia, tách trường", "merger or division of schools"), ("việc giải thể trường", "dissolution of a school"),
        ("việc chuyển trường đối với học sinh", "transfer of pupils between schools"), ("bản sao văn bằng, chứng chỉ từ sổ gốc", "copy of a diploma from the master register"),
        ("việc công nhận trường đạt chuẩn quốc gia", "recognition of national-standard schools"),
        ("giấy phép tổ chức hoạt động dạy thêm, học thêm", "licence for extra tuition"),
        ("việc thành lập trung tâm ngoại ngữ, tin học", "establishment of a language and IT centre"),
        ("việc xét tuyển sinh vào trường phổ thông dân tộc nội trú", "admission to an ethnic boarding school"),
        ("việc thành lập trường mầm non, nhà trẻ", "establishment of a preschool"), ("việc đăng ký dự thi tốt nghiệp trung học phổ thông", "registration for the upper secondary exam"),
        ("việc chỉnh sửa nội dung văn bằng, chứng chỉ", "correction of a diploma"),
    ]),
    ("giao-duc-nghe-nghiep", "Giáo dục nghề nghiệp", "Vocational education", "education", (12, 0, 0), ["luat-74-2014-qh13"], [
        ("Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp", "vocational training registration certificate"),
        ("việc thành lập trung tâm giáo dục nghề nghiệp", "establishment of a vocational centre"),
        ("việc cho phép thành lập phân hiệu trường trung cấp", "establishment of a college campus"),
        ("việc đăng ký bổ sung hoạt động giáo dục nghề nghiệp", "additional vocational training registration"),
    ]),
]
F += [
    ("kham-chua-benh", "Khám bệnh, chữa bệnh", "Medical examination and treatment", "health", (40, 4, 2), ["luat-15-2023-qh15"], [
        ("giấy phép hành nghề khám bệnh, chữa bệnh", "medical practising licence"), ("giấy phép hoạt động khám bệnh, chữa bệnh", "medical establishment licence"),
        ("việc công bố cơ sở đủ điều kiện thực hiện khám sức khỏe", "announcement of a health check facility"),
        ("việc phê duyệt lần đầu danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh", "approval of a clinic's technique list"),
        ("việc đăng ký hành nghề khám bệnh, chữa bệnh", "registration of medical practice"),
        ("việc cho phép người nước ngoài khám bệnh, chữa bệnh nhân đạo", "authorisation of humanitarian treatment by foreigners"),
        ("việc cấp giấy chứng sinh", "issuance of a birth notification"), ("việc giám định y khoa", "medical assessment"),
    ]),
    ("duoc-my-pham", "Dược phẩm và mỹ phẩm", "Pharmaceuticals and cosmetics", "health", (30, 0, 0), ["luat-105-2016-qh13"], [
        ("chứng chỉ hành nghề dược", "pharmacy practising certificate"), ("Giấy chứng nhận đủ điều kiện kinh doanh dược", "pharmaceutical business certificate"),
        ("việc tiếp nhận phiếu công bố sản phẩm mỹ phẩm", "acceptance of a cosmetics notification"),
        ("Giấy xác nhận nội dung quảng cáo thuốc", "drug advertising confirmation"),
        ("việc đánh giá đáp ứng thực hành tốt cơ sở bán lẻ thuốc", "good pharmacy practice assessment"),
        ("Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "cosmetics production certificate"),
    ]),
    ("y-te-du-phong", "Y tế dự phòng và dân số", "Preventive medicine and population", "health", (10, 4, 0), ["luat-15-2023-qh15"], [
        ("việc công bố cơ sở đủ điều kiện tiêm chủng", "announcement of a vaccination facility"),
        ("việc công bố đủ điều kiện xét nghiệm", "announcement of a testing laboratory"),
        ("việc hỗ trợ cho người dân tộc thiểu số sinh con tại cơ sở y tế", "support for ethnic-minority mothers giving birth at clinics"),
        ("giấy chứng nhận kiểm dịch y tế", "health quarantine certificate"),
    ]),
    ("bao-tro-xa-hoi", "Bảo trợ xã hội", "Social protection", "health", (10, 24, 6), ["nd-20-2021", "nd-76-2024"], [
        ("việc hỗ trợ kinh phí chăm sóc, nuôi dưỡng đối tượng cần bảo vệ khẩn cấp", "support for emergency care"),
        ("việc tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội", "admission to a social assistance facility"),
        ("việc điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "adjustment or end of the monthly allowance"),
        ("việc xác định mức độ khuyết tật", "disability assessment"), ("giấy xác nhận khuyết tật", "disability certificate"),
        ("việc hỗ trợ khẩn cấp khi có người chết, mất tích do thiên tai", "emergency support for disaster victims"),
        ("việc đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập", "registration of a private social assistance facility"),
        ("việc công nhận hộ nghèo, hộ cận nghèo phát sinh", "recognition of new poor households"),
        ("việc chi trả trợ cấp xã hội khi đối tượng thay đổi nơi cư trú", "payment of allowances after a change of residence"),
    ]),
    ("tre-em", "Trẻ em", "Children", "health", (4, 6, 0), ["luat-102-2016-qh13"], [
        ("việc áp dụng biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em", "emergency protection of a child"),
        ("việc đăng ký nhận chăm sóc thay thế cho trẻ em", "registration of alternative care for a child"),
        ("việc chấm dứt việc chăm sóc thay thế", "end of alternative care"),
    ]),
    ("viec-lam", "Việc làm", "Employment", "home-affairs", (14, 0, 2), ["luat-38-2013-qh13", "nd-28-2015"], [
        ("giấy phép lao động cho người nước ngoài", "work permit for foreigners"), ("việc xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "work permit exemption"),
        ("giấy phép hoạt động dịch vụ việc làm", "employment service licence"), ("việc tạm dừng hưởng trợ cấp thất nghiệp", "suspension of unemployment benefit"),
        ("việc hỗ trợ học nghề", "vocational training support"), ("việc chuyển hưởng trợ cấp thất nghiệp", "transfer of unemployment benefit"),
    ]),
    ("lao-dong-tien-luong", "Lao động, tiền lương và an toàn lao động", "Labour, wages and safety", "home-affairs", (12, 2, 0), ["blld-45-2019-qh14"], [
        ("giấy phép hoạt động cho thuê lại lao động", "labour leasing licence"), ("việc đăng ký nội quy lao động", "registration of workplace rules"),
        ("việc gửi thỏa ước lao động tập thể", "filing of a collective labour agreement"),
        ("Giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động", "OSH training provider certificate"),
        ("việc khai báo thiết bị có yêu cầu nghiêm ngặt về an toàn lao động", "declaration of hazardous equipment"),
    ]),
    ("nguoi-co-cong", "Người có công", "People with merit", "home-affairs", (16, 10, 6), ["nd-131-2021"], [
        ("việc công nhận liệt sĩ", "recognition of a martyr"), ("việc giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "martyr worship allowance"),
        ("việc di chuyển hồ sơ người có công", "transfer of a merit record"), ("việc hưởng trợ cấp ưu đãi đối với thân nhân liệt sĩ", "allowance for martyrs' relatives"),
        ("việc giám định lại thương tật", "reassessment of war injuries"), ("việc cấp giấy chứng nhận thương binh", "war invalid certificate"),
        ("việc hỗ trợ cải thiện nhà ở cho người có công", "housing support for people with merit"),
        ("việc thăm viếng mộ liệt sĩ", "visits to martyrs' graves"), ("việc di chuyển hài cốt liệt sĩ", "relocation of martyrs' remains"),
    ]),
    ("to-chuc-hanh-chinh", "Tổ chức hành chính, công chức, viên chức", "Administration, civil and public service", "home-affairs", (14, 2, 0), ["luat-58-2010-qh12"], [
        ("việc thi tuyển công chức", "civil service recruitment"), ("việc xét tuyển viên chức", "public employee recruitment"),
        ("việc thăng hạng chức danh nghề nghiệp viên chức", "promotion of public employees"),
        ("việc thành lập đơn vị sự nghiệp công lập", "establishment of a public service unit"),
        ("việc tiếp nhận vào làm công chức", "admission into the civil service"),
    ]),
    ("hoi-to-chuc-phi-chinh-phu", "Tổ chức phi chính phủ và hội", "Associations and NGOs", "home-affairs", (16, 2, 0), ["luat-72-2025-qh15"], [
        ("việc thành lập hội", "establishment of an association"), ("việc phê duyệt điều lệ hội", "approval of an association charter"),
        ("giấy phép thành lập và công nhận điều lệ quỹ", "licence and charter of a fund"), ("việc đổi tên hội", "renaming of an association"),
        ("việc hội tự giải thể", "voluntary dissolution of an association"), ("việc công nhận ban vận động thành lập hội", "recognition of a founding committee"),
    ]),
    ("thi-dua-khen-thuong", "Thi đua, khen thưởng", "Emulation and commendation", "home-affairs", (12, 6, 0), ["luat-06-2022-qh15"], [
        ("việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "award of a provincial certificate of merit"),
        ("việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", "provincial emulation fighter title"),
        ("việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh", "provincial emulation flag"),
        ("việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã", "commune certificate of merit"),
        ("việc khen thưởng theo đợt, chuyên đề", "thematic commendation"), ("việc khen thưởng đột xuất", "ad hoc commendation"),
    ]),
    ("van-thu-luu-tru", "Văn thư, lưu trữ", "Records and archives", "home-affairs", (4, 0, 0), ["luat-33-2024-qh15"], [
        ("việc phục vụ sử dụng tài liệu lưu trữ", "access to archives"), ("chứng chỉ hành nghề lưu trữ", "archival practising certificate"),
    ]),
]
F += [
    ("tin-nguong-ton-giao", "Tín ngưỡng, tôn giáo", "Belief and religion", "ethnic-religious", (22, 8, 0), ["luat-02-2016-qh14"], [
        ("việc đăng ký hoạt động tín ngưỡng", "registration of belief activities"), ("việc đăng ký sinh hoạt tôn giáo tập trung", "registration of group religious activities"),
        ("việc tổ chức cuộc lễ ngoài cơ sở tôn giáo", "religious ceremony outside a place of worship"),
        ("việc đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc", "registration of religious office holders"),
        ("việc tổ chức hội nghị thường niên của tổ chức tôn giáo", "annual conference of a religious organisation"),
        ("việc thành lập tổ chức tôn giáo trực thuộc", "establishment of a subordinate religious organisation"),
        ("việc đăng ký thuyên chuyển chức sắc, chức việc", "transfer of religious dignitaries"),
    ]),
    ("dan-toc", "Công tác dân tộc", "Ethnic affairs", "ethnic-religious", (4, 4, 0), ["luat-72-2025-qh15"], [
        ("việc công nhận người có uy tín trong đồng bào dân tộc thiểu số", "recognition of respected ethnic-minority persons"),
        ("việc hỗ trợ đất ở, nhà ở cho hộ đồng bào dân tộc thiểu số", "housing and land support for ethnic-minority households"),
        ("việc xác định thôn, xã thuộc vùng đồng bào dân tộc thiểu số", "classification of ethnic-minority areas"),
    ]),
    ("khieu-nai-to-cao", "Giải quyết khiếu nại, tố cáo và tiếp công dân", "Complaints, denunciations and citizen reception", "inspectorate", (6, 6, 0), ["luat-02-2011-qh13", "luat-25-2018-qh14", "luat-42-2013-qh13"], [
        ("việc giải quyết khiếu nại lần đầu", "first-instance complaint"), ("việc giải quyết khiếu nại lần hai", "second-instance complaint"),
        ("việc giải quyết tố cáo", "handling of a denunciation"), ("việc tiếp công dân", "citizen reception"),
        ("việc xử lý đơn", "handling of petitions"),
    ]),
    ("ngoai-vu", "Ngoại vụ và biên giới", "Foreign affairs and border", "foreign-affairs", (8, 2, 0), ["luat-70-2020-qh14"], [
        ("việc cho phép tổ chức hội nghị, hội thảo quốc tế", "authorisation of an international conference"),
        ("việc ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân tỉnh", "conclusion of international agreements"),
        ("việc cho phép người nước ngoài vào khu vực biên giới", "foreigners' access to the border area"),
        ("việc xác nhận, cấp giấy tờ cho cư dân biên giới", "papers for border residents"),
    ]),
    ("van-phong", "Kiểm soát thủ tục hành chính và dịch vụ công", "Administrative procedure control", "office", (4, 0, 0), ["nd-118-2025"], [
        ("việc tiếp nhận phản ánh, kiến nghị về quy định hành chính", "feedback on administrative regulations"),
        ("việc cung cấp thông tin dữ liệu một cửa", "provision of one-stop data"),
    ]),
]

FIELDS = F

# Small fields are folded into their neighbours (the national database groups them so too),
# and a few ids renamed to the short national-database style: 59 fields remain.
_MERGE = {
    "so-huu-tri-tue": "khoa-hoc-cong-nghe", "tieu-chuan-do-luong": "khoa-hoc-cong-nghe",
    "van-thu-luu-tru": "to-chuc-hanh-chinh", "van-phong": "to-chuc-hanh-chinh",
    "y-te-du-phong": "kham-chua-benh", "tre-em": "bao-tro-xa-hoi",
    "thuy-san": "trong-trot-chan-nuoi", "phat-trien-nong-thon": "trong-trot-chan-nuoi",
    "giam-dinh-tu-phap": "dau-gia-tai-san", "do-dac-ban-do": "khoang-san",
    "duong-thuy-noi-dia": "duong-bo", "lao-dong-tien-luong": "viec-lam",
}
_RENAME = {
    "kham-chua-benh": ("y-te", "Y tế", "Health"),
    "duong-bo": ("giao-thong", "Giao thông đường bộ và đường thủy nội địa", "Road and inland waterway transport"),
    "viec-lam": ("lao-dong", "Lao động, việc làm", "Labour and employment"),
    "dau-gia-tai-san": ("bo-tro-tu-phap", "Đấu giá tài sản và giám định tư pháp", "Property auction and judicial expertise"),
    "khoang-san": ("dia-chat-khoang-san", "Địa chất, khoáng sản và đo đạc bản đồ", "Geology, minerals and surveying"),
    "trong-trot-chan-nuoi": ("nong-nghiep", "Nông nghiệp", "Agriculture"),
    "khoa-hoc-cong-nghe": ("khoa-hoc-cong-nghe", "Khoa học, công nghệ, tiêu chuẩn đo lường chất lượng", "Science, technology, standards and quality"),
    "to-chuc-hanh-chinh": ("to-chuc-hanh-chinh", "Tổ chức hành chính, công chức, viên chức, văn thư lưu trữ", "Administration, civil service and archives"),
}


def _fold(rows):
    by_id = {r[0]: list(r) for r in rows}
    order = [r[0] for r in rows]
    for src, dst in _MERGE.items():
        s, d = by_id.pop(src), by_id[dst]
        d[4] = tuple(a + b for a, b in zip(d[4], s[4]))
        d[5] = d[5] + [x for x in s[5] if x not in d[5]]
        d[6] = d[6] + s[6]
        order.remove(src)
    out = []
    for fid in order:
        r = by_id[fid]
        if fid in _RENAME:
            r[0], r[1], r[2] = _RENAME[fid]
        out.append(tuple(r))
    return out


FIELDS = _fold(F)
