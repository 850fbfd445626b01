import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { predictedPolarity } from '../../../src/cli/metrics';

/** Negation scope, the part rule engines get wrong (issue #3): the sentence's overall polarity. */
const polarityOf = (text: string) => predictedPolarity(audit(text, { assumePolicy: true }));

describe('Chinese negation scope', () => {
  test.each([
    ['我们不会与任何第三方共享您的个人信息。', 'denies'],
    // the person whose consent it is, named by role
    ['未經求職者同意，我們不會將其聯絡電話揭露予求才廠商。', 'consent'],
    // reported to an authority: Taiwan's 提报, 通报 to a bureau; the user reporting to the operator is no hand-over
    ['本公司得將可疑交易之客戶資料提報予金融監理機關。', 'shares'],
    ['如發現詐騙帳戶，本公司將依法通報刑事警察局。', 'shares'],
    ['您可以通过客服入口上报给我们。', 'none'],
    // submitted to an office: the sentence scan passes 提交到 and 提交予 as it passes 提交至
    ['为办理年检预约，我们会将您的车牌号和手机号码提交到当地车管所的预约平台。', 'shares'],
    // what was collected from the user is the user's data, whatever then happens to it
    ['本店不会把从您处收集的会员资料卖给任何营销公司。', 'denies'],
    // an incident reported to the regulator is incident handling, not a hand-over (Taiwan's 外洩 is a leak)
    ['发生个人信息安全事件后，我们会及时告知您，并向网信部门报告事件处置情况。', 'none'],
    ['如發生資料外洩，本公司將於七十二小時內通報主管機關。', 'none'],
    // whom the user named receives it; the user's own device, or the right to have data moved, is no hand-over
    ['经您同意后，我们会将您的训练进度同步给您指定的教练。', 'consent'],
    ['我们会将您的笔记同步至您指定的设备。', 'none'],
    ['您有权要求我们将您的个人信息转移至您指定的其他个人信息处理者。', 'none'],
    // an owner's or a household's consent is the user's too
    ['在得到寵主同意之前，本店不會把其聯絡電話交給美容師以外的人士。', 'shares'],
    ['在得到宠主同意之前，本店不会把宠物照片和宠主姓名公开在官网上。', 'consent'],
    ['未取得住户同意以前，物业公司不会向任何机构提供住户名册。', 'consent'],
    // Taiwan's 事前 (in advance), and the form the consent takes
    ['非經您事前同意，本店不會將您的會員資料提供予合作廠商。', 'consent'],
    ['未經您事先以書面方式同意，本公司不會將您的病歷提供予第三人。', 'consent'],
    // what the user sends the operator, named as 本公司 (参与's 与 is no preposition either)
    ['您参与问卷调查时向本公司发送的问卷答复信息。', 'none'],
    ['我们可能向本公司关联方提供您的信息。', 'shares'],
    ['我们不会与本集团以外的公司共享您的个人信息。', 'shares'],
    ['我们不会共享您的个人信息，但以下情况除外：', 'shares'],
    ['除以下情形外，我们不会向任何人提供您的通话录音：', 'shares'],
    // the 向 of 求职方向 is no preposition: the refusal comes before the real one
    ['除非您明确选择公开，您的求职方向不会向招聘方展示。', 'consent'],
    // data put to a third party's marketing is given to it
    ['本店承诺不会将会员的手机号用于任何第三方的推广活动。', 'denies'],
    ['我们可能将您的消费偏好用于第三方的广告投放。', 'shares'],
    // a condition's second disjunct is still the condition the consent answers
    ['如需将您的资料用于新的目的，或者将其提供给合作机构，我们会事先征求您的同意。', 'consent'],
    // the sharing as the frame of a safeguard, not a hand-over of its own
    ['对于共享的数据，我们会定期检查合作方的访问日志。', 'none'],
    ['我们会要求服务商对在共享过程中获得的信息严格保密。', 'none'],
    // a table's header row names its columns; a row under it names a hand-over
    ['接收方名称｜使用场景｜共享字段｜共享方式', 'none'],
    ['某某推送 | 消息推送 | 设备标识信息 | SDK嵌入', 'shares'],
    // an audience kept from the data until the user allows it; kept from it outright, a working of the service
    ['未经您的允许，其他会员无法查看您的健身记录。', 'consent'],
    ['未經您的許可，房東無法取得您的聯絡電話。', 'consent'],
    ['未經您同意，其他會員無法看到您的個人檔案。', 'consent'],
    ['店员无法获取您的完整手机号码，取件时只需出示取件码。', 'none'],
    // the user's own request as the condition of the hand-over is their leave, as consent is
    ['二、在取得您的书面同意或您主动选择的情况下转交。', 'consent'],
    ['在您主动申请的情况下，我们会把您的简历发给招聘企业。', 'consent'],
    ['您可以主动选择将动态分享给好友。', 'none'],
    // the 您 whose consent is asked does not act: the operator, unnamed, is who shares
    ['未经您同意不会主动共享您的个人信息至第三方。', 'consent'],
    ['您自愿将信息共享至第三方平台。', 'none'],
    // a numbered title that names a topic (「二 」 numbers a chapter too; 「我们可能的…」 is an adjective)
    ['二 我们共享、转让或公开披露个人信息的方式及原因', 'none'],
    ['三、我们可能的个人信息披露、分享或者转让', 'none'],
    ['三、我们可能会共享您的个人信息', 'shares'],
    // a copy for the user who asked is a right of access; a limit laid on vendors is no hand-over of its own
    ['依据您的要求及适用法律规定，我们可免费提供一份您的个人资料记录。', 'none'],
    ['所有協力廠商僅能在履行其服務所需範圍內使用您的資料。', 'none'],
    ['合作廠商可能會使用您的資料寄送商品。', 'shares'],
    // a duty around a disclosure: the requester and what was disclosed are nouns
    ['我们会要求披露请求方出具有效的法律文件，并对被披露的信息采取保护措施。', 'none'],
    // the user in the third person acts as 您 does; 「向用户…」 is the user receiving
    ['需要获取网络状态，用于第三方登录、用户将内容分享至社交平台。', 'none'],
    ['我们会将用户信息分享给合作伙伴。', 'shares'],
    // advice to the user is the user's act; asked to take note, the user is told what others do
    ['如需与买家沟通，请您仅在必要时向对方提供您的联系方式。', 'none'],
    ['请您注意，接入的第三方服务商可能会收集您的设备信息。', 'shares'],
    // a Markdown heading names a topic; with a subject or modal of its own it claims
    ['#### 2.3 與合作夥伴分享', 'none'],
    ['#### 我們會與合作夥伴分享您的資料', 'shares'],
    // a bare closing 「不在此限」「除外」: its exception is its own clause
    ['本公司不會將您的個人資料轉予其他公司，但經您書面同意者不在此限。', 'consent'],
    ['本公司不會將您的個人資料轉予其他公司，但依法令規定者不在此限。', 'shares'],
    // a time used as a modifier names a scope: nothing is handed over
    ['若新的用途超出您当初向合作商户提供资料时的授权范围，我们会重新征得您的同意。', 'none'],
    ['我们会向地图服务商提供实时的位置信息，以便为您导航。', 'shares'],
    // what a party gives the operator, asked of it; what users themselves posted
    ['我们会向本行的合作伙伴收集其依法留存并经您授权可以共享使用的信息。', 'none'],
    ['即使您删除了您公开、分享、发布的内容，这些内容仍可能留存在公众领域。', 'none'],
    // the operator as the subject of 共享信息 makes it its verb, not the noun 「共享信息」
    ['支付机构、配送公司等服务提供商：我们共享信息的目的仅为完成您的订单；', 'shares'],
    // Taiwan's 於…之 for 在…的
    ['本公司將於您同意之範圍內，將您的個人資料提供予合作之第三方。', 'consent'],
    ['本公司得將您所提供之資料提供予本公司委託之物流業者，以寄送商品。', 'shares'],
    // a clause ending in 时 is the condition, the next one its consequent
    ['我们需要向合作医院提供您的体检报告时，会另行征得您的书面同意。', 'consent'],
    ['於特定目的外提供您的個人資料時，本公司將事先取得您的書面同意。', 'consent'],
    ['我们向物流公司提供您的地址时，也会提供您的手机号。', 'shares'],
    ['未经您的单独同意，我们不会向第三方提供您的手机号。', 'consent'],
    ['除非取得您的单独同意，否则我们不会公开披露您的信息。', 'consent'],
    ['我们不会公开披露您的信息，如确需披露，会事先征得您的明示同意。', 'consent'],
    ['我们会将去标识化后的设备信息提供给广告合作伙伴，用于广告投放。', 'shares'],
    ['在以下情形中，我们共享、转让您的信息无需征得您的授权同意：', 'shares'],
    ['经您同意或根据法律法规的要求，我们会向有关部门提供您的信息。', 'shares'],
    ['事先获得您明确同意的情况下，我们会与合作伙伴共享您的订单信息。', 'consent'],
    ['我们不会将这些信息用于除此之外的任何目的，更不会提供给第三方。', 'denies'],
    ['原则上我们不会转让您的个人信息，在发生合并时，您的信息可能随之转让。', 'shares'],
    ['我们不允许任何第三方出售您的个人信息。', 'denies'],
    ['我們不會將您的個人資料提供予第三人。', 'denies'],
    ['您可以选择与好友分享您的跑步记录。', 'none'],
    ['根据您的授权同意，我们会把您的手机号提供给合作的保险公司。', 'consent'],
    // the user's own choice to be shown is their leave; a rule or a list of cases is not
    ['除非您在个人主页中开启展示，否则我们不会向其他会员显示您的工作单位。', 'consent'],
    ['我们不会向其他用户展示您的电话号码，除非您自己选择公开。', 'consent'],
    ['除非您选择的服务需要或法律另有规定，我们不会向其他用户展示您的电话号码。', 'shares'],
    // anyone's consent is a consent route (a parent's, a landlord's); a switch turned on for this hand-over too
    ['未经孩子父母同意，我们不会把孩子的作业记录提供给培训机构。', 'consent'],
    ['未征得车主本人同意，我们不会将车主电话透露给维修厂。', 'consent'],
    ['您在设置中打开“精准推荐”开关后，我们才会向合作商户提供您的兴趣标签。', 'consent'],
    ['您开启定位权限后，我们才会向地图服务商提供您的位置。', 'shares'],
    ['在您按下“确认授权”后，合作券商方可获取您的手机号码。', 'consent'],
    // a scope that is only the operator opens nothing; one wider than it, written with 之, leaves sharing open
    ['我们不会向除本平台以外的任何机构提供您的手机号。', 'denies'],
    ['我们绝不会把您的病历告知任何第三方。', 'denies'],
    ['我们不会将投诉人的身份告知被投诉人。', 'denies'],
    ['我们不会与任何无关的机构共享您的体检报告。', 'shares'],
    ['除了我们的配送合作方，我们不会把您的地址提供给其他公司。', 'shares'],
    ['没有您的同意，我们不会把您的简历交给其他公司。', 'consent'],
    ['非经您本人签署书面同意，您的样本数据不会提供给任何研究机构。', 'consent'],
    ['您在理赔页签署授权声明后，我们会将您的病历提供给保险公司。', 'consent'],
    ['无论在何种情况下，我们都不会公开您的聊天记录。', 'denies'],
    ['我们不会不经您同意就把您的手机号告诉商家。', 'consent'],
    ['我们不会将您的跳槽意向告知您现在的雇主。', 'denies'],
    ['您可以自主决定是否授权我们向合作商户提供您的车牌号，未经授权我们不会提供。', 'consent'],
    ['通常情况下，我们不会将您的个人信息向社会公众公开。', 'denies'],
    ['本公司不會將您的會員資料提供予本公司以外的任何第三人。', 'denies'],
    ['閣下可按「分享」按鈕，將活動資訊轉發給朋友。', 'none'],
    ['本診所須將法定傳染病個案之姓名及聯絡電話通報衛生主管機關。', 'shares'],
    ['本府會將陳情資料轉送權責機關處理。', 'shares'],
    ['未成年會員之資料於提供予合作廠商前，須經其法定代理人同意。', 'consent'],
    ['旅行社將於取得旅客同意後，將其護照資料提供予合作飯店。', 'consent'],
    ['本公司不會把閣下的個人資料售予他人以換取利益。', 'denies'],
    ['本航空公司會使用閣下的飛行紀錄計算里數。', 'none'],
    ['一般情況下，本公司不會公開閣下的聯絡資料。', 'denies'],
    ['須經您點選確認，家庭成員才能看到您的觀看紀錄。', 'consent'],
    ['您可以通过分享按钮，将您喜欢的菜谱分享给微信好友。', 'none'],
    ['除非您另行授权，我们不会把您在本站的搜索记录提供给广告合作方。', 'consent'],
    // a negation inside parentheses governs only the aside
    ['我们可能将您的出行偏好标签（不含姓名和手机号）提供给合作酒店。', 'shares'],
    ['該等工具會收集閣下的裝置型號及廣告識別碼。', 'shares'],
    ['对于您的体检报告的对外提供，我们会事先告知用途并在取得您的单独同意后进行。', 'consent'],
    ['开启“家人守护”并经您确认后，我们会把您的位置发送给您设置的家人。', 'consent'],
    ['受托人：指代表我们处理个人信息的服务商。', 'none'],
    ['我们承诺，您在使用客服热线过程中的通话录音不会提供给任何第三方。', 'denies'],
    ['如您在就诊中被确诊为法定传染病，接诊医院将依法向疾控机构报告您的信息。', 'shares'],
    // a refusal governs its own clause: the user's data as a new subject starts another
    ['我们不会向其他用户展示您的手机号码，您的昵称和头像会公开展示。', 'shares'],
    // Taiwan and Hong Kong wording
    ['本公司於蒐集之特定目的外利用或提供您的個人資料前，將先取得您的書面同意。', 'consent'],
    ['您可選擇是否同意本公司將您的消費紀錄提供予合作銀行作聯名卡行銷。', 'consent'],
    ['我們只會在閣下同意後，才將閣下的體檢結果分享予承保公司。', 'consent'],
    ['本公司不會將閣下的出生日期轉移予任何人。', 'denies'],
    ['本網站容許第三方廣告網絡的Cookie收集閣下的瀏覽紀錄。', 'shares'],
    ['外送夥伴將取得您的取餐地址及手機號碼。', 'shares'],
    ['我們會以合約防止轉移予服務供應商的資料被保存超過所需時間。', 'none'],
    ['與第三方合作夥伴交流您帳戶安全方面的資訊，以防止詐騙。', 'shares'],
    ['我们会将匿名化的问卷结果委外给调研公司进行统计分析。', 'shares'],
    // a definition and the PIPL art. 55 impact-assessment duty disclose nothing
    ['“转让”是指将个人信息的控制权转移给其他处理者的过程。', 'none'],
    ['向第三方提供个人信息之前，我们会开展个人信息保护影响评估并记录处理情况。', 'none'],
    ['本公司不會將會員資料提供予本集團以外之任何第三人。', 'shares'],
    ['我们不会共享您的个人信息至本集团外的第三方。', 'shares'],
    ['我们可能与推广合作伙伴共享统计信息，但不会共享能识别您身份的信息。', 'shares'],
    ['3.2 个人信息共享', 'none'],
    ['我们不会向推广伙伴提供您的手机号码，除非您明确授权。', 'consent'],
    ['在获取您的授权同意后，我们会与支付机构共享订单金额。', 'consent'],
    ['您同意并授权我们向征信机构提供您的姓名和证件号码。', 'consent'],
    ['（二）转让', 'none'],
    ['- 与网域管理员分享', 'shares'],
    // a hand-over that only sets the scene for the operator's duties (POLARITY.md: requirements are `none`)
    ['我们向合作伙伴提供信息时，会要求其签署保密协议并采取安全措施。', 'none'],
    ['如需将学生的信息共享至第三方，我们将先评估该第三方的资质。', 'none'],
    ['如需将学生的信息共享至第三方，我们将征得家长的同意并要求其保密。', 'consent'],
    ['当您使用代驾服务时，我们会将您的位置提供给司机，并要求其保密。', 'shares'],
    ['如因合并需要转让您的信息，我们会向您告知受让方的名称，并要求其继续履行本政策。', 'shares'],
    // the frame of a hand-over, whoever receives it and wherever its object stands
    ['为配合调查，我们可能提供您的注册信息给有关部门。', 'shares'],
    ['我们会定期与其他电商平台交换黑名单信息。', 'shares'],
    ['（4）基于您本人的合法要求而提供；', 'shares'],
    ['与公共安全有关的；', 'none'],
    ['我们与第三方共享信息的情形如下：', 'shares'],
    ['您可以删除您共享的信息。', 'none'],
    // refusing someone else's hand-over says it happens; refusing to give data oneself does not
    ['如您拒绝我们与物流公司共享您的地址，将无法完成配送。', 'shares'],
    ['如您拒绝提供手机号，将无法完成注册。', 'none'],
    // a user's act ending in 时 only sets the time of someone else's hand-over; Taiwan's 資訊 is data too
    ['您付款時，相關支付資訊將直接提交給我們的金流服務供應商。', 'shares'],
    ['其他使用者搜尋您時，我們會向他們顯示您的公開檔案資訊。', 'shares'],
    ['我们会向您展示您的订单信息。', 'none'],
    // Taiwan's PDPA and Hong Kong wording read as their Simplified equivalents
    ['您的個人資料將於蒐集之特定目的範圍內由本公司及協力廠商利用。', 'shares'],
    ['我們可能會將你的個人資料轉移給我們的聯屬公司。', 'shares'],
    ['我們會將您的資料移轉至受託的服務提供者。', 'shares'],
    ['我們會將您的資料轉移至新的伺服器。', 'none'],
    // everyday verbs of the trades behind spam calls: 发给/交给/转给/推荐给 a firm, a partner that gets or sees the number
    ['我们会把您的姓名和手机号发给合作的装修公司。', 'shares'],
    ['我们会将您的贷款需求推荐给合作的贷款机构。', 'shares'],
    ['我们会向合作方开放您的部分账户信息。', 'shares'],
    ['合作商家可以看到您的手机号和收货地址。', 'shares'],
    ['合作机构可能会通过电话与您联系，向您推荐理财产品。', 'shares'],
    ['我们会把验证码发给您。', 'none'],
    ['小程序会申请调用您的相机权限。', 'none'],
    ['第三方支付机构将直接获得您的授权。', 'none'],
    // more consent routes: 授权同意后, 点击同意后, 如您同意, 未经…允许, 征求您的意见, 才能 under the user's grant
    ['您授权同意后，合作方可获取您的手机号。', 'consent'],
    ['在您点击同意后，我们会将您的手机号提供给运营商。', 'consent'],
    ['如您同意，我们将与合作伙伴共享您的信息。', 'consent'],
    ['如您同意本政策，我们将与合作伙伴共享您的信息。', 'shares'],
    ['您理解并同意我们将您的信息与关联公司共享。', 'shares'],
    ['只有在您授权的范围内，合作方才能使用您的信息。', 'consent'],
    ['未经您本人允许，我们不会向任何第三方提供您的信息。', 'consent'],
    ['如果您不同意，我们不会向第三方提供您的信息。', 'consent'],
    ['我们会事先征求您的意见，再将您的信息提供给第三方。', 'consent'],
    // a bare 不 right before the trigger negates it (the negator's lookahead must see the trigger)
    ['我们不向任何第三方提供您的个人信息。', 'denies'],
    ['我们不共享您的个人信息。', 'denies'],
    ['我们不存在向第三方提供个人信息的情况。', 'denies'],
    ['我们不会将您的数据卖给任何人。', 'denies'],
    ['我们会从第三方获取您的信息。', 'none'],
    // shown to other users is made public; the party acting is the one after the user's own act
    ['您的评论将对其他用户公开可见。', 'shares'],
    ['其他用户可以看到您的头像和昵称。', 'shares'],
    ['您可以选择是否让其他用户看到您的动态。', 'none'],
    ['当您使用第三方服务时，第三方服务提供商将获得您的必要信息。', 'shares'],
    // a title that is only a noun phrase, a notice that an SDK's processing may change
    ['四、我们可能共享、转让和披露的个人信息；', 'none'],
    ['3.2      为完成订单配送的信息共享', 'none'],
    ['（二）我们向合作伙伴提供个人信息的方式和目的', 'none'],
    ['3. 我们会与合作伙伴共享您的订单信息', 'shares'],
    ['第三方SDK可能因版本更新导致其收集个人信息的类型发生变化，请以其说明为准。', 'none'],
    ['2、如需将学生的信息共享至第三方，我们将先评估该第三方的资质。', 'none'],
    ['第三方插件收集和使用这些信息不受本政策约束，我们不对第三方的行为承担责任。', 'none'],
    // two routes in either order are unconditional; 「…等情况」 closing a notice list is not an exception of its own
    ['我们可能依据法律法规或征得您同意的情况下披露您的账号信息。', 'shares'],
    ['我们不会将您的信息向境外提供，除非已向您告知接收方、处理目的等情况并取得您的单独同意。', 'consent'],
    ['数据经过匿名化处理后不能复原，此类数据的共享无需另行征得您的同意。', 'shares'],
    ['本公司得將您的個人資料提供予本公司之關係企業及合作廠商。', 'shares'],
    ['我們會委託第三方物流廠商協助寄送商品。', 'shares'],
    ['我們的廣告夥伴可能會透過Cookie蒐集您的瀏覽資訊。', 'shares'],
    ['當您使用第三方登入時，我們會取得您在該平台的公開資料。', 'none'],
    // what the user hands to a third party through the service goes out; to the operator it does not
    ['办理分期时，您需要向我们和合作的金融机构提供您的联系人信息。', 'shares'],
    ['您需要向我们提供手机号码。', 'none'],
    ['在风控场景下，需采集您的手机号至认证服务提供方。', 'shares'],
    ['我们会采集您的设备信息。', 'none'],
    ['我们会与合作伙伴共享信息以便其向您发送产品信息（这需要您的同意）。', 'consent'],
    ['我們需要您另行書面同意，方會將學員的成績單提供予合作學校。', 'consent'],
    ['您的身份信息将被妥善保管，不出售或非法向他人提供。', 'denies'],
    ['请您妥善保管账号密码，不要透露给他人。', 'none'],
    // couriers, riders, agents and recruiters who see the number; vendors that send the texts
    ['骑手将看到您的手机号以便配送。', 'shares'],
    ['招聘方可以查看您的简历和联系方式。', 'shares'],
    ['您的求职信息将对招聘方可见。', 'shares'],
    ['该动态仅对您自己可见。', 'none'],
    ['我们会通过短信服务商向您发送验证码。', 'shares'],
    ['我们会向您发送短信通知。', 'none'],
    ['您的需求将被推送至合作的经纪人。', 'shares'],
    ['平台不会将用户数据共享给与本服务无关的第三方。', 'shares'],
    ['我们仅会在必要范围内共享，不会共享与服务无关的信息。', 'shares'],
    ['我们不允许任何与本服务无关的第三方收集或出售您的信息。', 'denies'],
    ['发货时，商家或第三方配送公司将不可避免地获知您的收货信息。', 'shares'],
    // Hong Kong's formal 閣下
    ['我們可能會向以下人士提供閣下的個人資料：', 'shares'],
    ['未經閣下同意，我們不會將閣下的個人資料提供予任何第三方作直接促銷用途。', 'consent'],
    // shown to everyone, visible to a school or recruiters, noticed publicly; offers of a service are not hand-overs
    ['您的昵称和积分将在排行榜中向其他玩家展示。', 'shares'],
    ['您发布的动态将向其他用户展示。', 'shares'],
    ['获奖用户的昵称及隐去中间四位的手机号将在活动页面公示。', 'shares'],
    ['我们会在网站公示本政策的更新。', 'none'],
    ['您的简历可以被经过认证的招聘企业查看。', 'shares'],
    ['您在使用服务时提供的信息可能被传输至我们的关联公司。', 'shares'],
    ['您在小程序中授权的头像和昵称将提供给小程序开发者。', 'shares'],
    ['您在公开区域发布的信息可能会被他人收集。', 'none'],
    ['我们会将您的学习记录同步给您所在学校的管理员。', 'shares'],
    ['我们会与广告主分享经过统计处理的广告点击数据。', 'shares'],
    ['本平台仅为借款人与出借机构提供信息撮合服务。', 'none'],
    ['经您书面授权，我们可向您指定的第三方提供您的账户明细。', 'consent'],
    ['对违规账号，我们可能会公告处理结果，并公开披露该账号的昵称。', 'shares'],
    ['未经用户许可，本网站不会擅自向第三方披露用户的注册资料。', 'consent'],
    ['我们与第三方共享的个人信息请查阅《第三方信息共享清单》。', 'shares'],
    // 原则上 refuses unless it goes on to the cases it hedges; a scope that is only the operator opens nothing
    ['原则上，我们不会将您的个人信息提供给第三方。', 'denies'],
    ['原则上我们不会转让您的信息，如发生合并，我们会要求新的持有者继续受本政策约束。', 'shares'],
    ['我们不会将您的信息共享给本公司以外的任何第三方。', 'denies'],
    ['我们不会将您的个人信息共享至本应用以外的第三方，除非事先获得您的同意。', 'consent'],
    ['我们不会共享您的个人信息至本集团外的第三方。', 'shares'],
    ['本应用不包含任何第三方SDK，不存在第三方通过本应用收集您个人信息的情况。', 'denies'],
    ['如您勾选同意接收合作方的优惠信息，我们将把您的手机号提供给合作方。', 'consent'],
    ['在您点击“同意并申请”后，我们才会将您的借款申请推送给合作机构。', 'consent'],
    ['受托方不得超出约定的处理目的处理个人信息。', 'none'],
    ['第三方广告平台可能通过我们页面上的像素标签收集您的浏览行为。', 'shares'],
    ['除依法令规定外，我們不會將您的資料提供予第三人，但經主管機關要求者，不在此限。', 'shares'],
    // Taiwan banks and marketplaces: 報送/申報 to a bureau, a seller that 取得 the order, 非經…同意, 代表本公司
    ['本行得將您的信用資料報送聯合徵信中心。', 'shares'],
    ['依法令規定，本行於必要時得向主管機關申報您的交易資料。', 'shares'],
    ['您向第三方賣家購買商品時，該賣家將取得您的收件資訊。', 'shares'],
    ['您在本網站留下的需求將轉交予合作的房仲業者。', 'shares'],
    ['您在本網站留下的看屋需求，將轉交予刊登物件的房仲業者。', 'shares'],
    ['非經當事人同意，本網站不會將會員資料揭露予他人。', 'consent'],
    ['我們的雲端服務供應商會代表本公司儲存您的資料。', 'shares'],
    ['本公司委託廠商處理個人資料時，會對受託者為適當之監督。', 'none'],
    ['三、個人資料之提供與揭露', 'none'],
    ['当监管机关依法要求我们提供信息时，我们会在审查其文书后提供相应数据。', 'shares'],
    ['我们会对对外提供信息的行为进行风险评估。', 'none'],
    ['您可以在设置中查看我们共享的第三方清单。', 'none'],
    ['我们会在征得儿童监护人的同意后，向第三方提供儿童的信息。', 'consent'],
    ['经个人同意，我们可以向他人提供其个人信息。', 'consent'],
    // conditions that make a hand-over consent-only, however the user's assent is given
    ['只有在您签署知情同意书后，我们才会将您的检查结果提供给合作的研究机构。', 'consent'],
    ['我们会在取得您或您的监护人同意后，将您的测评结果提供给学校老师。', 'consent'],
    ['当您在问卷中勾选“愿意接受回访”时，我们才会把您的联系电话提供给合作伙伴。', 'consent'],
    ['我们仅会在您同意的前提下，向您的紧急联系人发送您的行程信息。', 'consent'],
    // processors named by what they do for us, legal duties, recipients inside the user's own world
    ['我们会将您的邮寄地址和电话提供给我们委托的制卡厂商和快递公司。', 'shares'],
    ['您的开锁记录会存储在我们委托的云服务提供商处，由其依照我们的指示处理。', 'shares'],
    ['对于涉嫌违法的账号，我们将配合公安机关调查，依法提供其注册信息。', 'shares'],
    ['您的考勤数据可能会被提供给您所在的企业管理员。', 'shares'],
    ['我们可能会将您的履约记录反馈给合作的信用服务机构。', 'shares'],
    ['医院将按规定向疾病预防控制机构报告传染病病例信息。', 'shares'],
    ['孩子的作业完成情况将同步给已绑定的监护人账号。', 'shares'],
    ['我们会将您的姓名和证件号提交至学历认证平台进行核验。', 'shares'],
    ['您可以将问题提交至我们的客服。', 'none'],
    ['当您在超级应用中使用第三方小程序时，经您在授权弹窗中确认，小程序开发者将获取您的昵称和地区。', 'consent'],
    ['如您同意参加本次联合会员活动，我们会将您的手机号码提供给合作品牌。', 'consent'],
    ['我们仅在您主动发起授权请求并通过验证后，才会将您的缴存信息提供给您选择的银行。', 'consent'],
    ['本小程序不会共享您的个人信息至本小程序之外的第三方。', 'denies'],
    ['共享、转让、公开披露个人信息时事先征得授权同意的例外', 'none'],
    ['其应当重新取得您的同意；我们也仅在征得您授权后向其提供相关信息。', 'consent'],
    ['对于需要向第三方提供您的信息的情形，我们会先告知接收方，并在您点击“同意”后方才提供。', 'consent'],
    // the merger notice: the acquirer asking again later is no consent to this transfer
    ['如涉及个人信息转让，我们会要求新的持有者继续受本政策约束，否则将要求其重新向您征求授权同意。', 'shares'],
    ['2、应学生家长的请求，在家长同意的公开范围内披露其所选定的作品；', 'consent'],
    ['当您使用我们提供的小程序时，经您同意，我们会将您的昵称与小程序的开发者共享。', 'consent'],
    // a choice left to the user: 「是否同意向表单发起方提交」
    ['报名前，请您自行决定是否同意向活动主办方提交您的姓名和手机号码。', 'none'],
    // a hand-over that only sets the scene for safeguards (POLARITY.md: requirements are none)
    ['如我们共享上述信息的，我们会依法采取相应的保护措施，确保个人信息共享符合法律规定。', 'none'],
    ['如我们与合作方分享您的信息，我们会采用加密等手段保障您的信息安全。', 'none'],
    // with no refusal, 「未经同意」 says the hand-over needs no consent: the statutory cases' lead-in
    ['在下列情形中，我们可能在未经您同意的情况下向有关部门提供您的个人信息：', 'shares'],
    ['依照法律规定，我们会在不事先征得您同意的前提下，共享或公开披露您的个人信息：', 'shares'],
    ['我们采取加密措施，防止您的个人信息遭到未经授权的访问、披露或篡改。', 'none'],
    ['我們採取必要措施，防止資料未經授權而遭到存取或揭露。', 'none'],
    ['只要您不删除您所发布或共享的信息，这些信息就可能一直保留在公开页面上。', 'none'],
    ['3、根据您的请求，在您书面同意的情况下公开您所选择的资料；', 'consent'],
    // …but asking again when the sharing itself is the condition gates that sharing
    ['如果我们需要向清单以外的新合作方提供您的个人信息，我们会重新征得您的同意。', 'consent'],
    // abroad: where data is kept, unless a recipient is named (PIPL art. 39's notice names one)
    ['若我们向境外传输数据，将遵守相关法律法规。', 'none'],
    ['今后如需向境外提供您的信息，我们会告知境外接收方的名称和联系方式，并取得您的单独同意。', 'consent'],
  ])('「%s」 → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English negation scope', () => {
  test.each([
    // the CCPA opt-out link's name is the user's words: neither a promise nor a practice
    ['Do Not Sell or Share My Personal Information', 'none'],
    ['To exercise this right, click the Do Not Sell My Info link.', 'none'],
    ['We do not sell or share your personal information.', 'denies'],
    // consent gates the party after it; the one named before goes without (a second route: shares)
    ['We share your data with payment processors and, with your consent, with marketing partners.', 'shares'],
    ['We share your data with marketing partners only with your consent.', 'consent'],
    ["We'll ask you first before we share anything with third parties.", 'consent'],
    // contract terms, a transfer mechanism and the policy describing itself are no hand-over
    ['Any other attempt to transfer or assign this agreement is void.', 'none'],
    ['We rely on the successor data transfer mechanism.', 'none'],
    ['We ensure that all such transfers meet the requirements of local law.', 'none'],
    ['In this notice, we explain what data the browser shares and how to share even less.', 'none'],
    ['Further information about data sharing is set out below.', 'none'],
    ['We may disclose your data if we determine that such disclosure is necessary to comply with the law.', 'shares'],
    // the user's own choice, and asking first, gate the hand-over
    ['We share your activity with other services when you have chosen to link your account to them.', 'consent'],
    ['The app always asks before sharing your location with a website.', 'consent'],
    // after the user's condition, a new subject acts
    ['If you turn on sync, the browser will share your bookmarks with our cloud partner.', 'shares'],
    ['If you post a review, you may share it with friends.', 'none'],
    ['Other members have access to the information you share on the forum.', 'shares'],
    [
      'We may take part in a merger or similar transaction that involves the transfer of the information described here.',
      'shares',
    ],
    ['The app sends your search queries to the search provider you picked.', 'shares'],
    // a list of processing verbs with no recipient, and a duty laid on recipients
    ['We use industry standard security measures to transfer, store, and process customer data.', 'none'],
    ['We transfer, store and process your data with our cloud providers.', 'shares'],
    [
      'Staff of our service providers who access your personal information are bound by contractual duties of confidentiality.',
      'none',
    ],
    ['### 4.2 Sharing with our corporate family', 'none'],
    ['### We share your details with advertisers', 'shares'],
    // a right described, and data centres as where data is kept
    [
      'You may withdraw your consent previously given for a purpose, including collecting, using and disclosing your data.',
      'none',
    ],
    ['If you withdraw your consent, we may still share your data with our processors as required by law.', 'shares'],
    ['Your information may be transferred to these data centers in accordance with applicable law.', 'none'],
    ['We do not sell your personal information.', 'denies'],
    ['We will not share your personal information with third parties without your consent.', 'consent'],
    ['We never disclose your data except to comply with the law.', 'shares'],
    ['We share your information with our affiliates and advertising partners.', 'shares'],
    ['This data stays on the device and is not shared with anyone.', 'denies'],
    ['Such ad networks do not collect any personal information from this site.', 'denies'],
    ['No information from this form is transferred to any other website.', 'denies'],
    // a concession starts its own clause; unrelated parties leave related ones open; an opt-out is not consent
    ['We never sell your data, although we do share device identifiers with analytics providers.', 'shares'],
    ['We will not sell your information to any unaffiliated third party.', 'shares'],
    ['We may publish your name in our yearly report unless you ask to remain anonymous.', 'shares'],
    ['You can opt out of the sale or sharing of your personal information at any time.', 'none'],
    ['Details gathered about you may be shared with the insurer responsible for your claim.', 'shares'],
    ['We do not exchange subscriber lists with other publishers.', 'denies'],
    ['Your answers are never tied to your name or passed on to sponsors.', 'denies'],
    ['We "sell" browsing data to ad partners, as that word is defined under state law.', 'shares'],
    ['We cannot be held responsible for the content of linked websites.', 'none'],
    ['Residents may request information about our disclosure of personal data to third parties.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

  // issue 16: a sentence is one finding with one polarity; the sharing it allows outweighs the refusal beside it
  test('"we do not sell, but we share with partners" reads as sharing, once', () => {
    const found = audit('We do not sell your personal information, but we share it with advertising partners.', {
      assumePolicy: true,
    }).findings;
    expect(found.map((f) => f.polarity)).toEqual(['shares']);
  });
});

describe('the number by its other names', () => {
  test("一键登录's 本机号码 is the phone number", () => {
    const report = audit('为实现一键登录，我们会将您的本机号码提供给运营商进行校验。', { assumePolicy: true });
    expect(report.findings.some((f) => f.data.includes('phone'))).toBe(true);
  });
});

describe('parties the sentence scan lets through to the rules', () => {
  test.each([
    // a department that receives what the user filed, and a hotel the rules already name as a collecting party
    ['您在网上办理的业务，相关信息将依法推送至对应的审批部门。', 'shares'],
    ['经您授权后，酒店方才可获取您保存的入住人证件信息。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the operator called 本公司 or 本平台 is the operator, as 我们 is', () => {
  test.each([
    [
      '本公司可能会把您的游戏记录同步至本公司提供的其他产品中。',
      '我们可能会把您的游戏记录同步至我们提供的其他产品中。',
    ],
    [
      '为完成实名认证，本平台需要您同意将您的面部照片提供给本平台。',
      '为完成实名认证，我们需要您同意将您的面部照片提供给我们。',
    ],
  ])('"%s" reads as "%s"', (named, we) => {
    expect(polarityOf(named)).toBe(polarityOf(we));
    expect(polarityOf(named)).toBe('none');
  });

  test('a hand-over by 本公司 is quoted in its own words', () => {
    const report = audit('隐私政策\n本公司会将您的手机号码提供给合作伙伴。', { assumePolicy: true });
    expect(report.findings.map((f) => [f.quote, f.polarity])).toEqual([
      ['本公司会将您的手机号码提供给合作伙伴。', 'shares'],
    ]);
  });
});

describe('许可 and 允许 are consent as 同意 and 授权 are, with two words before it', () => {
  test.each([
    ['获得您的明确单独许可后，我们会向合作伙伴提供您的位置信息。', 'consent'],
    ['在您明确许可的范围内，我们会与关联公司共享您的订单信息。', 'consent'],
    // what the law permits is no consent
    ['我们仅在法律法规许可的范围内向监管部门提供您的信息。', 'shares'],
    // 允许 too, as the exception of a refusal: 「除非经您允许」 is consent, 「除非法律允许」 an exception
    ['除非经您允许，否则我们不会向任何人提供您的个人信息。', 'consent'],
    ['除非法律允许，否则我们不会向任何人提供您的个人信息。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Taiwan's notices: the formal 台端, and a party that uses the data within a stated scope", () => {
  test.each([
    ['非經台端同意，本公司不會將台端之個人資料揭露予第三人。', 'consent'],
    ['經 台端書面同意後，本公司始將 台端之聯絡方式提供予合作廠商進行行銷。', 'consent'],
    ['台端之個人資料將由本公司及合作廠商於特定目的範圍內利用。', 'shares'],
    // a platform's side is no person
    ['我們會在後台端顯示訂單編號。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

  test('the quote keeps 台端 and its space', () => {
    const report = audit('隱私權政策\n經 台端書面同意後，本公司始將 台端之聯絡方式提供予合作廠商。', {
      assumePolicy: true,
    });
    expect(report.findings.map((f) => f.quote)).toEqual([
      '經 台端書面同意後，本公司始將 台端之聯絡方式提供予合作廠商。',
    ]);
  });
});

describe('selling named by any of its words: 售卖, 贩卖, 販售 (Taiwan), 出卖', () => {
  test.each([
    ['系统中的身份信息严格保密，不售卖或者非法向他人提供。', 'denies'],
    ['本公司不會販售您的個人資料給第三人。', 'denies'],
    ['我们承诺绝不出卖您的个人信息。', 'denies'],
    ['我们可能会将您的信息贩售给合作伙伴。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('each refusal word, and 第三人, read as their commoner twins are', () => {
  test.each([
    // a list of processing verbs describes processing, unless the sentence refuses: 从不 refuses as 不会 does
    ['目前，我们从不将您的个人信息在跨境业务中使用、储存、共享和披露。', 'denies'],
    // Taiwan's 第三人 is 第三方: a party that collects, and the scope of 「无关第三人」
    ['第三人可能需要您提供真实姓名及身份证信息。', 'shares'],
    ['本公司不會向任何無關第三人提供您的個人資料。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a lead handed out, and institutions the user picked', () => {
  test.each([
    ['我们可能将您的留资信息（含手机号）分配给就近的经销商，由其电话联系您。', 'shares'],
    ['您所在企业分配给您的职位和办公电话会显示在通讯录中。', 'none'],
    ['本平台会将您的姓名和手机号同步至您所选的体检中心。', 'shares'],
    ['我们会将您的会员手机号同步至您选的门店。', 'shares'],
    ['我们会将您的浏览记录同步至个人中心。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a consent that closes a clause governs that clause, not one 而 adds after it', () => {
  test.each([
    ['您的病历仅在您单独同意后才会提供给合作医院，而您的手机号码会直接同步给药房用于配送。', 'shares'],
    ['您的病历仅在您单独同意后才会提供给合作医院。', 'consent'],
    ['我们会将您的地址提供给合作方，并在您点击同意后方才提供。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("an opt-in the hand-over waits for, a party the user appointed, and a profile's nickname as data", () => {
  test.each([
    ['如您选择开启“精准推荐”，我们才会将您的兴趣标签提供给广告合作伙伴。', 'consent'],
    ['如您开启定位权限，我们才会将您的位置提供给地图服务商。', 'shares'],
    ['经您书面授权，我们可将您的持仓信息提供给您委托的理财顾问机构。', 'consent'],
    ['经你授权，我们会向该网站提供你的昵称和头像。', 'consent'],
    ['我们会向该网站提供你的昵称和头像。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('consent said without 的, or as a choice the hand-over waits for', () => {
  test.each([
    ['只有在您授权下，我们才会把您的电话号码分享给您通讯录中的联系人。', 'consent'],
    ['在您同意范围内，我们会将您的地址提供给合作商家。', 'consent'],
    ['您的电话号码只会在您选择接收合作伙伴优惠信息后，才会提供给该等合作伙伴。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('receivers by more of their names: a group cross-selling, an ad platform, anyone unrelated', () => {
  test.each([
    ['本公司與本集團之子公司間得為共同行銷之目的而交互運用客戶之姓名及地址。', 'shares'],
    ['我们可能将您的手机号码以加密方式上传至广告平台，用于投放广告。', 'shares'],
    ['本公司不會向與本服務無關的人士披露您的資料。', 'shares'],
    ['我们不会将您的订单信息提供给与交易无关的主体。', 'shares'],
    ['我们不会向任何人提供您的订单信息。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an authorised dealer is no consent; a signed consent form is; the shop the user picked collects', () => {
  test.each([
    ['我们会将您的姓名和手机号码发送至您所选择的授权经销商，由其安排试驾。', 'shares'],
    ['如您勾选同意，我们会将您的手机号码发送至经销商。', 'consent'],
    ['本人同意貴公司將本人之姓名及行動電話提供予貴公司之關係企業，作為行銷之用。', 'consent'],
    ['您所选的门店会获取您的手机号码用于核销。', 'shares'],
    ['本门店会获取您的手机号码用于核销。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a policy written of 用户 is read as one written to 您, where 用户 is the reader', () => {
  test.each([
    ['没有用户的授权，我们不会把用户的联系方式交给任何保险代理人。', 'consent'],
    ['在用户同意后，我们会将用户的会员号和联系方式提供给合作的航空公司。', 'consent'],
    ['未經用戶同意，本公司不會將用戶的個人資料提供予第三人。', 'consent'],
    // other users, and words 用户 begins, stay as they are
    ['您的昵称将对其他用户可见。', 'shares'],
    ['用户名由用户自行保管。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

  test('the quote keeps 用户', () => {
    const report = audit('隐私政策\n在用户同意后，我们会将用户的手机号码提供给合作商家。', { assumePolicy: true });
    expect(report.findings.map((f) => f.quote)).toEqual(['在用户同意后，我们会将用户的手机号码提供给合作商家。']);
  });
});

describe('who holds the data after a merger receives it', () => {
  test.each([
    ['如发生合并或收购，您的个人信息可能作为交易的一部分被转移给新的持有方。', 'shares'],
    ['请您妥善保管账号，持有方应当负责。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Taiwan's 予 for 给: shown to others", () => {
  test.each([
    ['我們會將您的暱稱及評價顯示予其他會員。', 'shares'],
    ['若您同意加入推薦計畫，我們會將您的暱稱顯示予受邀好友。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

test.each([
  ['我們可能將您的留資資訊（含手機號碼）分配予就近的經銷商。', 'shares'],
  ['我們會將您的借款需求推薦予合作的貸款機構。', 'shares'],
])('Taiwan\'s 予 for 给 after everyday verbs: "%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

test.each([
  ['您同意本公司得將您的姓名及電話提供予協力廠商，作為配送之用。', 'consent'],
  ['閣下同意本行將閣下的聯絡資料轉移予本行的合作夥伴。', 'consent'],
  ['您並授權本公司將您的資料提供予合作夥伴。', 'consent'],
])('consent to the operator by its Traditional name (本公司, 本行): "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

test.each([
  ['車輛的行駛數據將實時上傳至本公司的伺服器，用於遠端診斷。', 'none'],
  ['您的個人資料將傳輸至本公司位於日本之母公司，以進行會員管理。', 'shares'],
])('the 公司 of 本公司 is no receiver of an upload: "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

describe("a checkbox's label quoted in the condition is no hand-over of its own", () => {
  test.each([
    ['在您勾选“同意将我的信息提供给金融机构”后，我们会将您的手机号提供给装修公司，用于上门量房。', 'consent'],
    // (a real hand-over in the condition stays one)
    ['我们会将您的订单信息提供给商家，在您勾选同意后，我们还会将您的手机号提供给保险公司。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('consent as the condition of the hand-over, or a leave the user may give; a parcel station as receiver', () => {
  test.each([
    ['我们会将您的学历信息提交给背景调查机构，该提交以您签署的授权书为前提。', 'consent'],
    ['如您希望获取贷款报价，可授权我们将您的收入信息提供给合作银行。', 'consent'],
    ['我们会将您的取件码和手机号同步给您所选的驿站。', 'shares'],
    // (授权 the user gives the operator in general is not this one hand-over's condition)
    ['我们会将您的订单信息提供给商家，以便其为您配送。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('Taiwan and Hong Kong consent by a ticked box, an opt-in, the person by role, and scope by 之', () => {
  test.each([
    ['當您勾選「願意接收優惠資訊」，本公司將把您的電話提供予合作店家。', 'consent'],
    ['如閣下於表格內剔選適當方格，本公司可將閣下的電郵地址提供予本公司的合作夥伴。', 'consent'],
    ['如閣下選擇接收合作商戶的優惠資訊，我們會將閣下的聯絡資料轉移予該等商戶。', 'consent'],
    ['本診所非經病人或其法定代理人書面同意，不得將病歷提供予其他第三人。', 'consent'],
    ['本公司於取得寄件人及收件人同意後，方將物流紀錄提供予合作平台。', 'consent'],
    ['本公司不會將您的個人資料提供予與本活動無關之第三人。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

test.each([
  ['本公司將提供您的姓名及聯絡方式予合作夥伴。', 'shares'],
  ['本行會將閣下的電話號碼傳送予本行委聘的電話促銷中心。', 'shares'],
  ['您的血糖记录将同步给您的家庭医生。', 'shares'],
  ['我们会提供您的收货地址给合作快递公司。', 'shares'],
])('the object ending in contact details between the verb and where it goes: "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

describe('receivers named 企业, 单位, 组织 or 集团; products are no data', () => {
  test.each([
    ['您报名后，我们会将您的姓名和联系电话同步给承办活动的培训企业。', 'shares'],
    ['我们会将您的报修地址交由维修施工单位上门处理。', 'shares'],
    ['您的义卖订单信息将同步至合作的公益组织。', 'shares'],
    ['我们可能将您的会员信息同步给集团内的酒店品牌。', 'shares'],
    // (what goes to an organisation may be a product)
    ['我们向企业客户的组织提供办公产品。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the party the user chose or the operator entrusted receives, whatever its trade', () => {
  test.each([
    ['您下单后，我们会将您的姓名和手机号同步给您所选的民宿。', 'shares'],
    ['您的作品将开放给您所投递岗位的评审查看。', 'shares'],
    ['您上传的底片将被传输至我们委托的洗印工坊。', 'shares'],
    // (the user's right to move data to whom they name is theirs; the cloud is where it is kept)
    ['您选定的照片将被发送至云端进行处理。', 'none'],
    ['您有权请求将您的个人信息转移至您指定的个人信息处理者。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('Taiwan and Hong Kong: 揭示予 and 交換予, the group beyond the operator, consent of a role or of both sides', () => {
  test.each([
    ['本公司得將會員之點數紀錄交換予合作之第三方平台。', 'shares'],
    ['未經寄件人同意，本公司不會將其地址揭示予收件人以外之第三人。', 'shares'],
    ['本行可將閣下的資料轉移予本集團旗下的保險公司。', 'shares'],
    ['經玩家授權同意後，本公司將把玩家之帳號資料提供予合作之第三方平台。', 'consent'],
    ['必須經雙方同意，本平台才會向對方披露閣下的電話號碼。', 'consent'],
    ['本診所只會在病人同意下，將其檢驗報告轉交予轉診醫生。', 'consent'],
    ['仅在您同意后，我们才会将您的设备日志发送给品牌授权服务网点。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("a document's title is no hand-over of its own: consent to a sharing list gates what follows", () => {
  test.each([
    ['在您同意《合作方信息共享说明》后，我们会将您的设备标识提供给渠道合作方。', 'consent'],
    ['您授权《个人信息共享授权书》后，我们将把您的联系电话提供给合作银行。', 'consent'],
    // (agreeing to the policy itself is no consent to a hand-over)
    ['在您同意本隐私政策后，我们会将您的设备标识提供给渠道合作方。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to more audiences: a group-buying leader, a match, the person called; put where others may look', () => {
  test.each([
    ['团长可查看您的历史订单和收货电话。', 'shares'],
    ['只有在双方都同意后，系统才会把您的微信号显示给配对对象。', 'consent'],
    ['我们会把获奖作品及作者昵称放入精选橱窗，供其他用户浏览。', 'shares'],
    ['您的昵称和打卡天数将显示在本月的坚持名单中。', 'shares'],
    // who the user is, announced in public — not a policy's own notices
    ['每月的优秀志愿者将在公众号公布其姓名和服务时长。', 'shares'],
    ['得獎會員的暱稱將於活動頁面公佈。', 'shares'],
    ['本政策的修订版本将在应用内公布。', 'none'],
    ['錄取名單將於本校網頁公告，內容包含考生姓名。', 'shares'],
    ['子处理者名单公布于我们的信任中心页面。', 'none'],
    ['中獎者之姓名將隱去中間一字後公告於官網。', 'shares'],
    ['中奖名单将以隐去手机号中间四位的方式，公布于活动页面。', 'shares'],
    ['本政策的更新将公告于本网站。', 'none'],
    // an agent or a consultant who sees the user's data
    ['为您办理续保的保险代理人可以查看您的保单号和联系电话。', 'shares'],
    ['经您同意后，合作机构的升学顾问可查看您孩子的成绩记录。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

// the person whose data it is, named by what they do (…者, …人): their consent is the user's
describe('consent of anyone named by their role', () => {
  test.each([
    ['非經投保人同意，本公司不會將其病歷資料提供予任何第三人。', 'consent'],
    ['我们将在取得报名者同意后，把其联系方式转交合作机构。', 'consent'],
    // what waits until the user agrees: 「在您明确同意之前，…不会…」 (not 「您同意前述条款」)
    ['在您明确同意之前，我们不会把您的体检报告提供给保险公司。', 'consent'],
    ['在您書面同意前，本公司不會將您的病歷提供予任何第三人。', 'consent'],
    // (not a third party's or other people's consent)
    ['未经他人同意，您不得在平台上发布他人的手机号码。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

// a right to withdraw names the hand-over it stops: 「撤回…共享的授权」「撤回后…停止向…提供」 (POLARITY.md: user rights are none)
describe('withdrawing consent to sharing is a right, not a hand-over', () => {
  test.each([
    ['您有权查询、更正您的个人信息，也可以撤回您对个人信息共享的授权。', 'none'],
    ['您有权撤回对共享学习记录的授权，撤回后我们将停止向相应合作机构提供您的信息。', 'none'],
    ['若您撤回对共享的授权，不影响撤回前基于您的同意已进行的处理。', 'none'],
    ['撤回授权后，我们不再共享您的投保信息，已完成的处理不受影响。', 'none'],
    // (a hand-over of its own beside the right still counts)
    ['我们会向保险公司提供您的投保信息，您也可以随时撤回该授权。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('Taiwan and Hong Kong: a courier who sees, a contractor engaged, advertisers, consent of members with 之', () => {
  test.each([
    ['外送員於配送期間可查看您的姓名及聯絡電話。', 'shares'],
    ['本公司可能會把閣下的聯絡電話交予本公司委聘的市場調查公司。', 'shares'],
    ['本站不提供任何會員資料予廣告商。', 'denies'],
    ['本協會須取得會員之書面同意，方得將會員名冊提供予其他團體。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal scoped to the operator by its quoted name, or to the user, opens nothing', () => {
  test.each([
    ['未经您的同意，我们不会将您的个人信息共享给“青禾读书”以外的任何第三方。', 'consent'],
    ['我们不会将您的个人信息共享给“青禾读书”以外的任何公司、组织和个人。', 'denies'],
    ['本行不会向除您本人以外的任何人透露您的账户信息。', 'denies'],
    // (the user named bare, 您 for 您本人)
    ['未经您的书面同意，我们不会将您的病历资料提供给您以外的任何人。', 'consent'],
    ['我们不会将您的成绩单提供给除您以外的任何人。', 'denies'],
    // (a group's quoted name is wider than the operator)
    ['我们不会将您的个人信息共享给“青禾集团”以外的第三方。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a supplier that receives the data collects it, as a service provider does', () => {
  test.each([
    ['我们使用的短信供应商会收到您的手机号码，用于发送验证码。', 'shares'],
    ['本公司的郵件寄送供應商會收到閣下的電郵地址。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a need that asks no one is a second route; an institution names itself; a switch the user turns on', () => {
  test.each([
    ['除征得您的同意或为履行与您订立的合同所必需外，我们不会共享您的手机号码。', 'shares'],
    ['我们会在取得您同意后向保险公司提供您的体检报告，或在为处理理赔纠纷所必需时向其提供。', 'shares'],
    // (consent alone, as before)
    ['除征得您的同意外，我们不会共享您的手机号码。', 'consent'],
    ['未经您同意，本校不会将您的成绩提供予本校以外之任何人。', 'consent'],
    ['本院不会将您的病历提供给本院以外的任何机构。', 'denies'],
    ['除非您在设置中启用“共享运动数据”，否则我们不会将您的运动数据传送给任何合作机构。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what the user posted, shown by the service to others, is made public; others collecting it is not', () => {
  test.each([
    ['您上传的骑行记录与昵称将显示于排行榜供其他会员查看。', 'shares'],
    ['您发布到社区的照片和评论将公开展示。', 'shares'],
    ['您发布的信息可能被他人收集。', 'none'],
    ['您可以将骑行记录发布到社区。', 'none'],
    // (the audience between the modal and the verb)
    ['您发布的菜谱和头像会对所有用户公开可见。', 'shares'],
    ['你上传的跑步路线将对所有跑友公开展示。', 'shares'],
    ['您可以选择将您发布的菜谱对所有用户公开。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Taiwan's 取得 for 获取: an SDK that obtains the user's data", () => {
  test.each([
    ['本App整合之地圖SDK將取得您的精確位置。', 'shares'],
    ['該推播SDK會取得您的裝置識別碼。', 'shares'],
    ['在接入第三方SDK前，我們會取得您的同意。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to the other members, viewers or followers: the sentence scan lets every such audience through', () => {
  test.each([
    ['閣下的個人檔案只會在閣下同意後，才會向其他會員顯示。', 'consent'],
    ['您的昵称、头像和评论内容将向直播间所有观众展示。', 'shares'],
    ['您的打卡记录将对其他成员可见。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the operator as the scope by any word for a party (主体, 单位); a contract in Taiwan (契約) as the second route', () => {
  test.each([
    ['我们不会将您的订单信息提供给本应用以外的任何主体。', 'denies'],
    ['我们不会将您的订单信息提供给本集团以外的任何主体。', 'shares'],
    ['本公司除經您同意外，亦得於法令規定或為履行契約義務之必要範圍內，將您的個人資料提供予第三人。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a product named just before collects as 该服务 (「…使用Google Analytics，該服務將…蒐集」)', () => {
  test.each([
    ['本網站使用Matomo Cloud，該服務將透過Cookie蒐集您的瀏覽紀錄。', 'shares'],
    ['我们使用“星讯推送”发送通知，该服务会收集您的设备标识符。', 'shares'],
    ['为提供该服务，我们会收集您的位置信息。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Taiwan's 方會 for 才会, Hong Kong's 未獲…同意, and consent as the case the hand-over waits for", () => {
  test.each([
    ['本校僅於取得學生本人同意後，方會將成績資料提供予獎學金捐贈單位。', 'consent'],
    ['在未獲家長或監護人同意前，本遊戲不會將兒童的任何資料提供予第三方。', 'consent'],
    ['本公司只會在住戶同意的情況下，才將住戶的聯絡電話提供予維修承辦商。', 'consent'],
    // (a refusal with nothing to wait for stays one)
    ['本遊戲不會將兒童的任何資料提供予第三方。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the user decides whether it goes (决定是否将…, 选择是否容许…将…)', () => {
  test.each([
    ['本公司將依您於「偏好設定」中之選擇，決定是否將您的聯絡資料提供予關係企業。', 'consent'],
    ['閣下可選擇是否容許本公司將閣下的電郵地址轉移予合作夥伴。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a statutory item that itself provides, closed by 的', () => {
  test.each([
    ['基于您本人的合法要求而提供的；', 'shares'],
    ['与国家安全、国防安全有关的；', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a processor entrusted to store the data; the party the user picked out (选中)', () => {
  test.each([
    ['我们会委托第三方云服务商为我们存储数据。', 'shares'],
    ['经您授权，我们会把您的联系电话推送给您选中的装修公司。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party the user is about to deal with, named after what the user does (您所报考之…, 您欲转入的…)', () => {
  test.each([
    ['我们会将您的准考证号和联系电话提供给您所报考的培训机构。', 'shares'],
    ['為完成轉學手續，本系統將把您的成績單傳送予您欲轉入之學校。', 'shares'],
    ['我们会把验证码发送给您的手机。', 'none'],
    ['我们会将订单进度提供给您查看。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('who comes to the door, serves at the counter, was invited or shares a guild sees what it is shown', () => {
  test.each([
    ['预约上门服务后，家政员将看到您的详细地址和联系电话。', 'shares'],
    ['合作門市之店員於兌換時可查看您的會員姓名。', 'shares'],
    ['收到邀请的受邀人可以查看您的昵称和活动时间。', 'shares'],
    ['同一公会的队友皆可查看您的角色名称和等级。', 'shares'],
    ['店员会引导您完成注册。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('abroad (境外, 海外) is not outside a scope', () => {
  test.each([
    ['我们不会将您的健康数据提供给境外的任何机构。', 'denies'],
    ['未经您的单独同意，我们不会把您的信息传输给海外的公司。', 'consent'],
    ['我们不会向集团外的第三方提供您的信息。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a need to share as the condition the consent answers (若需…，我们会再次征求; 任何需要…的情形)', () => {
  test.each([
    ['若需向新的合作方提供您的信息，我们会再次征求您的同意。', 'consent'],
    ['凡是需要向第三方提供您的照片的情形，我们都会事先征得您的同意。', 'consent'],
    ['我们会与合作方共享您的订单信息，如本政策发生变更，我们会再次征求您的同意。', 'shares'],
    // (the condition as a clause ending in 时 or 前; but a recipient asked to seek consent again gates nothing of ours)
    ['需要向广告合作方提供您的设备信息时，我们会再次征得您的同意。', 'consent'],
    ['在公司合并、分立时转让您的个人信息的，我们将要求接收方重新征求您的同意。', 'shares'],
    // (the need named by its purpose: the data put to a purpose of sharing)
    ['如我们需要将您的健康数据用于本说明未列明的其他共享目的，将再次征求您的同意。', 'consent'],
    ['我们会将您的订单信息用于本政策所列的共享目的。', 'shares'],
    ['如合作方超出共享目的使用您的信息，我们将要求其立即停止。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an authority named by its bureau or office (局, 署, 法院) receives what is reported to it', () => {
  test.each([
    ['我们将依法向公安局报告相关用户的注册信息。', 'shares'],
    ['本公司須向稅務署申報閣下的收入資料。', 'shares'],
    ['您可以向当地市场监督管理局投诉。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("an authority's request met (按要求提供), by whatever name the authority goes", () => {
  test.each([
    ['在证监会依法开展检查时，我们将按要求提供相关账户的交易记录。', 'shares'],
    ['我们会按照出入境管理部门的要求提供旅客的证件信息。', 'shares'],
    ['我们会要求合作方按照约定处理您的信息。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a tax office a charity files with; an outsourced service desk or IT vendor that can reach the data', () => {
  test.each([
    ['本基金會會將捐款人姓名及捐款金額上傳至財政部之申報系統。', 'shares'],
    ['本網站之系統維運委請資訊服務廠商負責，其於維護期間可能接觸您的會員資料。', 'shares'],
    ['本店的外判客服中心可存取您的姓名及訂單紀錄。', 'shares'],
    ['您可以登录财政部网站查询捐款记录。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an audience that ends the clause sees what the user put on a page; visitors are an audience', () => {
  test.each([
    ['本平台的個人檔案頁面，包括頭像及暱稱，所有使用者皆可查看。', 'shares'],
    ['您的店铺介绍和联系电话将向所有访客展示。', 'shares'],
    ['本政策的最新版本，所有用户均可查看。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a duty or safeguard laid on a processor the sentence only names is no hand-over', () => {
  test.each([
    ['我们会与外包服务商签署保密协议，并定期审计其数据处理活动。', 'none'],
    ['受託處理會員資料之協力廠商，本公司均會要求其簽署保密協議。', 'none'],
    ['受託廠商應依契約負保密義務。', 'none'],
    ['我们会委托第三方处理您的信息，并要求其签署保密协议。', 'shares'],
    ['我们会将您的订单信息提供给外包服务商，并与其签署保密协议。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('how an SDK must process, a duty put on it, is no collection', () => {
  test.each([
    ['我们会要求接入的SDK服务商严格按照约定处理您的个人信息。', 'none'],
    ['接入的SDK服务商会收集您的设备信息。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("data kept on a provider's servers is with that provider", () => {
  test.each([
    ['本公司得利用雲端服務供應商之伺服器儲存您的訂單資料。', 'shares'],
    ['您的照片会存储在第三方云存储服务商提供的存储空间中。', 'shares'],
    ['您的数据存储在我们位于杭州的服务器上。', 'none'],
    // (or on "its" servers, the host named earlier in the sentence)
    ['在线问诊由第三方技术服务商提供，您的问诊记录会保存在其服务器中。', 'shares'],
    ['我们自行开发了客服系统，您的聊天记录会保存在其服务器中。', 'none'],
    // (or passes through them)
    ['视频面试由第三方音视频服务商提供，面试中的画面和声音会通过其服务器传输。', 'shares'],
    ['遠距課程平台由協力廠商建置，上課影音將經由該平台傳送。', 'shares'],
    ['面试中的画面和声音会通过我们的服务器加密传输。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('data sent on to a party of any trade', () => {
  test.each([
    ['您的预约信息会发送给场馆前台，用于到店核验。', 'shares'],
    ['報名資料將傳送予所屬球隊，以便安排賽程。', 'shares'],
    ['您的订单资料会传送至餐厅。', 'shares'],
    // the operator by its own Latin name, the user's own device or mailbox
    ['诊断数据将发送给 Contoso，用于改进产品。', 'none'],
    ['验证码将发送给您的手机。', 'none'],
    ['Cookie 是网站服务器传送至您浏览器的小型文本文件。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("the user's mobile network operator is a carrier that receives, not the user's phone", () => {
  test.each([
    ['To port your number, we send your account number to your mobile network operator.', 'shares'],
    ['A small text file is stored on your mobile device when you visit the site.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('third-party code in the app collects by being there, and its refusal is a refusal', () => {
  test.each([
    ['This game contains no third-party advertising SDKs.', 'denies'],
    ['We do not embed third-party trackers in our newsletters.', 'denies'],
    ['Our shop does not allow third-party behavioural tracking.', 'denies'],
    ['The reader app includes third-party analytics SDKs.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a scope that is the operator by its unquoted name opens nothing; a role or a group leaves others open', () => {
  test.each([
    ['我们不会将您的信息提供给青柚读书以外的任何公司或个人。', 'denies'],
    ['我们不会将您的订单信息提供给配送员以外的任何人。', 'shares'],
    ['我们不会与星河及其关联公司以外的第三方共享您的信息。', 'shares'],
    ['本公司不會將您的病歷提供予主治醫師以外之人。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party besides the one the consent gates goes without it', () => {
  test.each([
    [
      'We pass your details to our delivery partners, and to selected charities where you have given your consent.',
      'shares',
    ],
    ['We disclose data only: (a) with your consent; (b) to our hosting providers.', 'shares'],
    ['We disclose your details to selected charities only where you have given your consent.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a title that only names the topic discloses nothing', () => {
  test.each([
    ['数据的共享与转让', 'none'],
    ['對外提供', 'none'],
    ['我们会对外提供您的订单信息。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what waits (才) for the user to choose or agree is shown or handed over by the service, with their leave', () => {
  test.each([
    ['您的运动轨迹仅在您选择“公开”后才会展示给其他用户。', 'consent'],
    ['如您选择参加评比并同意公开，您的昵称和作品才会显示在获奖名单中。', 'consent'],
    ['唯有您在設定中同意，您的睡眠紀錄才會提供給合作醫師。', 'consent'],
    ['如您同意共享，我们将把您的手机号提供给合作的装修公司。', 'consent'],
    ['您的运动轨迹会展示给其他用户。', 'shares'],
    ['您主动分享后才会发送给好友。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('向…提供 reaches a party of any name ending in 方 or 人, past the sentence scan', () => {
  test.each([
    ['本校可能向助学金资助人提供受助学生的姓名、专业及学业成绩。', 'shares'],
    ['为结算分成，我们会向内容出品方提供包含用户编号的观看明细。', 'shares'],
    ['我们不会向任何出品方提供您的观看明细。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('personal data made public by name, 公开 after its object or before 任何…的', () => {
  test.each([
    ['本中心在任何情况下都不会将学员的个人资料公开。', 'denies'],
    ['本站不会在互联网上公开任何会员的个人信息。', 'denies'],
    ['获奖后，我们会将得奖者的个人资料予以公开。', 'shares'],
    ['我们会依法收集您自行公开的个人信息。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a hand-over in the second disjunct of a condition is the one the renewed consent gates', () => {
  test.each([
    ['如我们需要将您的信息用于本政策未说明的用途，或向未列明的合作方提供，我们会再次征得您的同意。', 'consent'],
    ['如我们需将您的资料用于新的目的或向其他第三方提供，我们将重新征求您的同意。', 'consent'],
    ['如我们需要将您的信息用于其他用途，我们会再次征求您的同意，并向合作方提供。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('data collected by a payment company or a vendor, 收集 or Taiwan’s 蒐集, goes to it', () => {
  test.each([
    ['付款由第三方支付業者處理，您的信用卡資料將由該業者直接蒐集。', 'shares'],
    ['充值时，您的银行卡信息由支付宝直接收集，我们不会保存。', 'shares'],
    ['您的银行卡信息由我们加密保存。', 'none'],
    ['由第三方收集的信息适用其自身的隐私政策。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a lead-in that says data is handed over, its list after the colon, shares', () => {
  test.each([
    ['具体接收方类型及所提供的个人信息类别如下表：', 'shares'],
    ['本公司会根据以下用途转移阁下的个人资料：', 'shares'],
    ['我们收集的个人信息类型如下：', 'none'],
    ['个人信息的共享、转让和公开披露', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what the user receives is no hand-over, but a receiving address handed to someone is', () => {
  test.each([
    ['订阅后，您将接收我们提供的课程更新提醒。', 'none'],
    ['我们会将您的接收邮箱提供给电子合同签署平台。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal between what is published and the verb that publishes it', () => {
  test.each([
    ['學員的姓名及電話不會刊登於本班網站。', 'denies'],
    ['學員的姓名及成績將刊登於本班網站。', 'shares'],
    ['得獎者的姓名不會公布，僅以會員編號公告。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an authority’s request met (配合…提供): the operator hands the data over', () => {
  test.each([
    ['警方依法调阅监控录像时，本店将配合提供相关影像。', 'shares'],
    ['如发生交通事故，我们会配合公安交警部门提供行程轨迹。', 'shares'],
    ['請您配合本公司提供正確的聯絡資料。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the operator reporting to an authority (举报) hands data over; the user’s complaint does not', () => {
  test.each([
    ['如發現可疑交易，本行可能須向執法機構作出舉報，並提供相關帳戶資料。', 'shares'],
    ['依反洗钱法的规定要求，我们可能向监管机构举报可疑交易及相关客户资料。', 'shares'],
    ['如您对我们的处理不满意，您可以向网信部门投诉或举报。', 'none'],
    ['我们不会向被举报人透露举报人的身份。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('after the user’s act, a new subject that may see the user’s data is the one acting', () => {
  test.each([
    ['如您通过顾问分享的链接下单，该顾问可以查看您的订单进度和联系电话。', 'shares'],
    ['您在社区发布的动态，同一小区的其他业主可以看到您的昵称和头像。', 'shares'],
    ['您可以自主选择分享的对象，作为能够看到您的分享内容的人。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what waits until the user agrees, with the button or the act agreed to between them', () => {
  test.each([
    ['在您按下「投递简历」并同意转交之前，我们不会将您的简历发送给任何招聘方。', 'consent'],
    ['在您於頁面上點選「同意並繼續」之前，本平台不會將您的位置提供予合作車行。', 'consent'],
    ['我们不会将您的简历发送给任何招聘方。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a closing 但须事先取得…同意 governs the whole hand-over, however far back', () => {
  test.each([
    ['我们可能将您的姓名及手机号码提供给合作的装修公司，以便其向您推荐装修方案，但须事先取得您的书面同意。', 'consent'],
    ['我们可能将您的姓名及手机号码提供给合作的装修公司，以便其向您推荐装修方案。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a condition in which the user says they agree (表明同意, 书面同意) is consent', () => {
  test.each([
    ['如您在报名表上表明同意，我们会把您的联系电话转交合办机构。', 'consent'],
    ['如您在报名表上填写联系电话，我们会把您的联系电话转交合办机构。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('after the user’s condition, what is the user’s is the data of a new clause, not the user acting again', () => {
  test.each([
    ['若您选择开通“家庭共享”，您的体检报告将发送给您绑定的家人。', 'shares'],
    ['如您开通自动续费，您的支付账号将同步给合作的支付机构。', 'shares'],
    ['若您选择开通“家庭共享”，您可以自行将体检报告发送给家人。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal to show something to an audience withholds the user’s data, whosever it is called', () => {
  test.each([
    ['隐藏相册里的照片不会对其他任何用户展示。', 'denies'],
    ['房东的联系方式不会向租客展示。', 'denies'],
    ['司机的身份证号仅用于审核，不会对乘客或其他用户展示。', 'denies'],
    ['商品详情页会向买家展示商品的价格和库存。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party that will not collect refuses; one that cannot, or that refuses one thing and collects another, does not', () => {
  test.each([
    ['合作伙伴不会收集您的手机号码。', 'denies'],
    ['第三方SDK不会收集您的通讯录。', 'denies'],
    ['接入的统计SDK不会收集您的通讯录，但会收集设备标识符。', 'shares'],
    ['合作伙伴会收集您的手机号码。', 'shares'],
    ['企业管理员可以查看成员的打卡记录汇总，但不会查看具体位置。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('目的地 (a destination) is where data goes, not 目的 (a purpose) naming the hand-over', () => {
  test.each([
    ['出境前，我们会将旅客的护照信息传输予目的地国家的边境管理机关。', 'shares'],
    ['我们会将您的行程信息提供给目的地酒店。', 'shares'],
    ['共享目的：完成支付。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what the user did describes the data, also when a comma comes before the modal', () => {
  test.each([
    ['您在课程中的打卡天数和学习时长，会向同班学员公开显示。', 'shares'],
    ['您在问诊过程中上传的检查报告，不会提供给与诊疗无关的第三方。', 'shares'],
    ['您在平台发布的评论，可以由您自行删除。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an item labelled with the kind of party and what it is given names the recipient', () => {
  test.each([
    ['3. 短信服务商：为发送取件通知，提供您的手机号码。', 'shares'],
    ['物流廠商：宅配公司｜提供資料：收件人姓名、地址、電話', 'shares'],
    ['協力廠商：指受本公司委託處理業務之廠商。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the button the user presses, or the consent they sign, is their leave', () => {
  test.each([
    ['經您點選「同意」後，本站會將您的訂單資料分享給合作物流業者。', 'consent'],
    ['如閣下在申請表上簽署同意，我們會將閣下的電話號碼提供予合作保險公司。', 'consent'],
    ['您點選「購買」後，本站會將您的訂單資料分享給合作物流業者。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Taiwan's statutory item that ends in 「…者」: provided to an authority or at its demand", () => {
  test.each([
    ['三、依法令規定須向主管機關提供者。', 'shares'],
    ['四、經法院依法要求揭露者；', 'shares'],
    ['本公司之資訊服務提供者。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a user who misuses others’ accounts is no security incident: what the operator reports is a hand-over', () => {
  test.each([
    ['如您盗用他人账号，我们将向公安机关提供相关登录记录。', 'shares'],
    ['我们采取加密措施，防止您的信息被泄露、篡改或盗用。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the operator named only as who appointed the receiver, with words between', () => {
  test.each([
    ['您的資料可能會被提供予本公司為催收帳款而委聘的律師事務所。', 'shares'],
    ['您的資料會提供予本公司。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the data named between the verb and 予, going to a party of any trade', () => {
  test.each([
    ['本店會提供顧客的姓名與手機號碼予配合之宅配業者。', 'shares'],
    ['我們會轉移閣下的電郵地址予合作銀行。', 'shares'],
    ['在轉移閣下的病歷資料予任何診所前，我們會先徵求閣下的同意。', 'consent'],
    ['我們會提供閣下的電話號碼予閣下。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('consent to a programme or a form by its title is leave for the hand-over it names; the policy itself is not', () => {
  test.each([
    ['在您同意《精准营销推荐协议》后，我们会将您的手机号提供给合作商家。', 'consent'],
    ['您签署《联名卡权益计划》后，我们才会把您的消费记录同步给发卡银行。', 'consent'],
    ['数据的报送以您签署的《征信查询授权书》为前提。', 'consent'],
    ['在您同意《用户服务协议》后，我们会将您的订单信息提供给商家。', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an ad conversion sent back (回传) to the platform that placed the ad goes out; sent back to us comes in', () => {
  test.each([
    ['为统计投放效果，我们会将激活事件和设备标识回传给广告投放渠道。', 'shares'],
    ['我们不会向任何广告平台回传您的手机号码。', 'denies'],
    ['合作商户会向我们回传您的核销记录。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the spoken 给到 hands over as 交给 does', () => {
  test.each([
    ['报名后我们会把您的手机号给到就近的门店顾问。', 'shares'],
    ['我们会把优惠券给到您。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal scoped to parties unrelated to the matter leaves the related ones open, however they are named', () => {
  test.each([
    ['我们不会将您的联系电话提供给与本次维修无关的任何人。', 'shares'],
    ['本公司不會將您的資料提供予與該筆訂單無關的其他物流業者。', 'shares'],
    ['我们不会将您的联系电话提供给任何人。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a closing gate that names another route beside the user’s leave is no consent', () => {
  test.each([
    ['您的病历只有在您同意或法院要求的情况下才会提供给保险公司。', 'shares'],
    ['您的病历只有在您同意的情况下才会提供给保险公司。', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('data processed or kept by a party the sentence names after 由 goes to it', () => {
  test.each([
    ['您的付款信息将由第三方支付服务商直接处理。', 'shares'],
    ['您上传的文件将由该服务提供方存储。', 'shares'],
    ['您的付款信息将由我们的财务部门处理。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an identity check by a carrier or an issuer, named as Hong Kong and Taiwan name them, or handed over to check', () => {
  test.each([
    ['我們會將閣下的手提電話號碼與網絡營辦商的紀錄進行核對。', 'shares'],
    ['本公司會將您的身分證字號提交電信業者進行比對。', 'shares'],
    ['我们会将您提交的身份证件信息与公安机关的身份信息库进行比对。', 'shares'],
    ['我们会通过验证银行卡号和密码的方式对您的身份进行核验。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party that cannot see the data: any party barred refuses, the user’s leave lifting it is consent, one party unable is a safeguard', () => {
  test.each([
    ['除本平台外，任何商家都无法获取您的收货电话。', 'denies'],
    ['未经您的同意，合作商家无法查看您的完整手机号码。', 'consent'],
    ['我们会对数据加密，合作商家无法识别您的身份。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to people named by any role after 向 is made public to them', () => {
  test.each([
    ['您的房源照片会向所有意向租客展示。', 'shares'],
    ['您的报名信息将向本期课程的授课老师展示。', 'shares'],
    ['我们不会向其他住户展示您的门牌号。', 'denies'],
    ['我们会向您展示个性化内容。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the data of people named by their role, handed to anyone after 向', () => {
  test.each([
    ['為申請政府資助，本會須向社會福利署提交服務使用者的基本資料。', 'shares'],
    ['未经家长同意，我们不会向培训机构提供学生的联系电话。', 'consent'],
    ['我们会向会员提供专属客服。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("the user's confirmation asked for is consent", () => {
  test.each([
    ['向您的家人发送您的位置前，我们会先征得您的确认。', 'consent'],
    ['如需将您的病历同步至合作医院，需要您在授权页面中确认同意。', 'consent'],
    ['我们会向您发送确认短信。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("whoever will see the user's data, the user's own school or doctor included", () => {
  test.each([
    ['转赠门票时，受赠人将看到您的昵称。', 'shares'],
    ['征得您的同意后，您所在学校的老师可以查看您提交的请假记录。', 'consent'],
    ['您将看到您的订单记录。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('printed where others read, the place named first, leaflets and year books among the places', () => {
  test.each([
    ['本會或會於年報中刊登捐款人的姓名。', 'shares'],
    ['經家長同意後，本校將於校刊中刊登學生的照片。', 'consent'],
    ['本會會於年報中刊登年度財務摘要。', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("Hong Kong's outsourced contractor (外判) receives", () => {
  test.each([
    ['我們或會將閣下的電話號碼轉移予代表我們進行推廣的外判電話中心。', 'shares'],
    ['本公司不會將閣下的資料交予任何外判商。', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});
